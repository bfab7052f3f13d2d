import { describe, expect, it } from 'vitest';
import { analyzed, PADDING } from '../../../../../tests/unit/generate/helpers';
import { dateVariants, timedEvents, timelineQuestions } from './timeline';

describe('dateVariants', () => {
	it.each([
		['12 March', ['March 12']],
		['March 12', ['12 March']],
		['March 12, 2023', ['12 March 2023']],
		['12 March 2023', ['March 12, 2023']],
		['2023', []],
		['March 2023', []],
		['', []]
	])('also accepts %j as %j', (text, expected) => {
		expect(dateVariants(text)).toEqual(expected);
	});
});

describe('timelineQuestions', () => {
	it('gaps each dated sentence’s date', () => {
		const article = analyzed(
			'The bridge opened in March 2019.',
			'Engineers closed it again on 12 June 2021 after cracks appeared.',
			'In 2015, the council approved the plan.'
		);
		expect(
			timelineQuestions(article).map((c) => [c.draft.type, c.draft.prompt, c.draft.answerText])
		).toEqual([
			['cloze', 'The bridge opened in _____.', 'March 2019'],
			['cloze', 'Engineers closed it again on _____ after cracks appeared.', '12 June 2021'],
			['cloze', 'In _____, the council approved the plan.', '2015']
		]);
	});

	it('asks nothing of an article without dates', () => {
		expect(timelineQuestions(analyzed(...PADDING.map((p) => p.replace(' on Monday', ''))))).toEqual(
			[]
		);
	});
});

describe('timedEvents', () => {
	it('makes each dated clause with a plain subject an event', () => {
		const article = analyzed(
			'The bridge opened in March 2019.',
			'Engineers closed it again on 12 June 2021 after cracks appeared.',
			'In 2015, the council approved the plan.'
		);
		expect(timedEvents(article).map((e) => e.text)).toEqual([
			'The bridge opened',
			'The council approved the plan'
		]);
	});

	it('makes no event that stops where its sentence goes on', () => {
		const article = analyzed(
			'Annual inflation rose to 24.6% in September from 22.1% in August, the statistics service said last week, driven by a 31.8% jump in food prices.',
			'In July, the finance minister said higher crude prices and an increase in electricity tariffs had pushed up costs.',
			'The bridge opened in March 2019.'
		);
		const events = timedEvents(article).map((e) => e.text);
		expect(events.filter((e) => /\b(?:driven|increase)$/.test(e))).toEqual([]);
		expect(events).toContain('The bridge opened');
	});
});
