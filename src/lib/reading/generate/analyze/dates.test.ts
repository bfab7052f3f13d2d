import { describe, expect, it } from 'vitest';
import { analyzed } from '../../../../../tests/unit/generate/helpers';
import { findDates } from './dates';

const datesIn = (sentence: string) =>
	findDates(analyzed(sentence).sentences[0]!).map((d) => [d.text, d.sortKey, d.precision]);

describe('findDates', () => {
	it.each([
		['The bridge reopened on 15 March 2023 after checks.', [['15 March 2023', 20230315, 'day']]],
		[
			'It closed on March 3, 2021 and again in June 2022.',
			[
				['March 3, 2021', 20210303, 'day'],
				['June 2022', 20220600, 'month']
			]
		],
		[
			'Talks began in 1998 and resumed on Monday.',
			[
				['1998', 19980000, 'year'],
				['Monday', 0, 'weekday']
			]
		],
		[
			'Since 2004 it has grown; by Feb. 2010 it was big.',
			[
				['2004', 20040000, 'year'],
				['Feb. 2010', 20100200, 'month']
			]
		],
		['He left in May.', [['May', 500, 'month']]],
		['In September, the council closed the port.', [['September', 900, 'month']]]
	])('finds the dates of %j', (sentence, expected) => {
		expect(datesIn(sentence)).toEqual(expected);
	});

	it.each([
		['a range, whose first day is half the answer', 'The summit is set for June 8-9 in Oslo.'],
		['no date at all', 'Nothing happened then.'],
		['a bare number that is not after a time preposition', 'The team scored 1998 points.']
	])('finds nothing in %s', (_, sentence) => {
		expect(datesIn(sentence)).toEqual([]);
	});

	it('spans the date itself, not the preposition before it', () => {
		const sentence = analyzed('Talks began in 1998 in Oslo.').sentences[0]!;
		const [date] = findDates(sentence);
		expect(sentence.text.slice(date!.start, date!.end)).toBe('1998');
		expect(sentence.terms[date!.firstTerm]!.text).toBe('1998');
	});

	it('reads the most specific form once, not also as a month', () => {
		expect(datesIn('On 12 March 2023 the vote was held.')).toHaveLength(1);
	});
});
