import { describe, expect, it } from 'vitest';
import { cloze } from './draft';
import { gapChoice } from './gap-choice';

const gap = (prompt: string, answer: string, rejected: string[]) =>
	gapChoice({
		draft: cloze({ prompt, skill: 'number', evidence: [] }, [answer], rejected),
		score: 6,
		factKey: 'f'
	});

const optionsOf = (candidates: ReturnType<typeof gapChoice>) =>
	candidates.flatMap(({ draft }) => (draft.type === 'single-choice' ? [draft.options] : []));

describe('a gap for an amount as a choice', () => {
	it.each([
		[
			'The government will cut the tax on bread from 21 to _____ percent.',
			'12',
			['5', '58', '8', '30'],
			['12', '5', '8']
		],
		[
			'The bank raised its key rate to _____ percent from 15 percent.',
			'20',
			['5', '18', '30', '45'],
			['18', '20', '30', '45']
		]
	])(
		'offers no amount that goes against the change: “%s”',
		(prompt, answer, rejected, expected) => {
			const [options] = optionsOf(gap(prompt, answer, rejected));
			expect(options?.slice().sort()).toEqual(expected.slice().sort());
		}
	);

	it('offers no more of a unit than its period holds (“daily … _____ hours”)', () => {
		const [options] = optionsOf(
			gap('Homes face daily blackouts of up to _____ hours.', '12', ['38', '15', '20', '100'])
		);
		expect(options?.slice().sort()).toEqual(['12', '15', '20']);
	});

	it('offers amounts of about the answer’s size', () => {
		const [options] = optionsOf(
			gap('Herders now walk _____ kilometres a day to fetch water.', '18', [
				'30',
				'410,000',
				'50',
				'6'
			])
		);
		expect(options?.slice().sort()).toEqual(['18', '30', '50', '6']);
	});

	it('offers no whole counts for a decimal answer', () => {
		const [options] = optionsOf(
			gap('The number of workers for every retiree had fallen to _____ from 2.9.', '1.7', [
				'11',
				'7',
				'14',
				'2.4',
				'3.1'
			])
		);
		expect(options?.slice().sort()).toEqual(['1.7', '2.4', '3.1']);
	});

	it('reads millions and billions', () => {
		const [options] = optionsOf(
			gap('About _____ people now need food aid.', '8.7 million', [
				'4 billion',
				'1.2 million',
				'5.1 million'
			])
		);
		expect(options).not.toContain('4 billion');
		expect(options).toContain('1.2 million');
	});

	it('stays a gap to type into when no amount is near the answer', () => {
		expect(
			optionsOf(gap('Graz is a city of about _____ people.', '300,000', ['6', '27', '19']))
		).toEqual([]);
	});
});
