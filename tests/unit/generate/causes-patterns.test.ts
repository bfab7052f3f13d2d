import { describe, expect, it } from 'vitest';
import { causeQuestions } from '../../../src/lib/reading/generate/questions/causes';
import type { Candidate, QuestionDraft } from '../../../src/lib/reading/generate/types';
import { analyzed } from './helpers';

/** Neutral events with no cause in them: the wrong options come from here. */
const EVENTS = [
	'A new library was opened in the north of the town last spring.',
	'Teachers in the region went on strike for two days in March.',
	'The council elected a new chair at its meeting in June.'
];

type Choice = Extract<QuestionDraft, { type: 'single-choice' }>;
const ask = (...sentences: string[]) => causeQuestions(analyzed(...sentences, ...EVENTS));
const find = (candidates: Candidate[], prompt: string, type: QuestionDraft['type']) =>
	candidates.find((c) => c.draft.prompt === prompt && c.draft.type === type);
const wrongOptions = (q: Choice) => q.options.filter((_, i) => i !== q.correctIndex);

describe('why and what-caused questions', () => {
	it.each([
		[
			'a relative clause with commas inside',
			[
				'The strike started on Monday, when the cost of bus tickets, which, officials said, had been frozen for years, rose sharply, prompting students to march on the town hall.'
			],
			'According to the article, what triggered the strike?',
			'The cost of bus tickets rose sharply'
		],
		[
			'a leading "Because" and passive voice',
			['Because the main road bridge was shut, food had to be brought in by boat.'],
			'Why did food have to be brought in by boat?',
			'The main road bridge was shut'
		],
		[
			'reported speech, with "they" named',
			['Farmers say the dams collapsed because they were too old for such a storm.'],
			'Why did the dams collapse, according to farmers?',
			'The dams were too old for such a storm'
		],
		[
			'a causal "since"',
			['The museum was closed since the roof was leaking.'],
			'Why was the museum closed?',
			'The roof was leaking'
		],
		[
			'"This prompted" in the next sentence',
			['The government cut fuel taxes in April.', 'This prompted a surge in car sales.'],
			'According to the article, what prompted a surge in car sales?',
			'The government cut fuel taxes in April'
		],
		[
			'"As a result," in the next sentence',
			['The steel plant closed in May.', 'As a result, 300 workers lost their jobs.'],
			'Why did 300 workers lose their jobs?',
			'The steel plant closed in May'
		],
		[
			'a compound sentence with ", causing"',
			['Storms knocked down power lines, causing blackouts across the county.'],
			'According to the article, what caused blackouts across the county?',
			'Storms knocked down power lines'
		]
	])('%s', (_, sentences, prompt, answer) => {
		const candidates = ask(...sentences);
		const choice = find(candidates, prompt, 'single-choice');
		expect(choice?.draft.answerText).toBe(answer);
		expect(choice?.kind).toBe('cause');
		const wrong = wrongOptions(choice!.draft as Choice).map((o) => o.toLowerCase());
		expect(wrong).not.toContain(answer.toLowerCase());
		for (const option of wrong) expect(prompt.toLowerCase()).not.toContain(option);
		// The neutral events make wrong reasons no reader would pick: the typed form ranks first.
		const typed = find(candidates, prompt, 'short-answer');
		expect(typed?.score).toBeGreaterThanOrEqual(8);
		expect(choice!.score).toBeLessThan(typed!.score);
		const accepted = typed?.draft.type === 'short-answer' ? typed.draft.accepted : [];
		expect(accepted.map((a) => a.toLowerCase())).toContain(answer.toLowerCase());
	});

	it.each([
		[
			'"because of" after a subject with a relative clause',
			'Students who were moved to the new campus protested outside the town hall on Tuesday because of a bus contract that excluded them.',
			'Why did students protest outside the town hall on Tuesday?',
			'a bus contract that excluded them'
		],
		[
			'"as a result of" after a counted subject',
			'Nearly 2,400 sheep died as a result of the long drought in the northern valleys.',
			'Why did nearly 2,400 sheep die?',
			'the long drought in the northern valleys'
		],
		[
			'"after" a clause, in a verb phrase that shares its subject',
			'The ferry route was popular for years but was closed in April after the harbor authority found cracks in the pier.',
			'Why was the ferry route closed in April?',
			'the harbor authority found cracks in the pier'
		]
	])('asks why with %s', (_, sentence, prompt, answer) => {
		const asked = ask(sentence).filter((c) => c.draft.prompt === prompt);
		expect(asked.length).toBeGreaterThan(0);
		expect(asked.map((c) => c.answer?.toLowerCase())).toContain(answer.toLowerCase());
	});

	it('gives a cause someone reports as theirs, not as a cause that starts with their words', () => {
		const asked = ask('Economists said the heavy rains led to a sharp rise in food prices.');
		const prompts = asked.map((c) => [c.draft.prompt, c.answer]);
		expect(prompts).toContainEqual([
			'According to economists, what led to a sharp rise in food prices?',
			'the heavy rains'
		]);
		expect(prompts.map(([, answer]) => answer)).not.toContain('Economists said the heavy rains');
		expect(prompts.map(([prompt]) => prompt).join(' ')).not.toMatch(/economists saying/i);
	});

	it('asks no why of a report, an arrival or a mood that "after" only dates', () => {
		const prompts = ask(
			'The mayor said to reporters after the vote passed that the bridge would reopen.',
			'The ambassador came after the talks ended in the capital.',
			'Party leaders appeared relaxed on the floor after the president gave a short speech.'
		).map((c) => c.draft.prompt);
		expect(prompts.filter((p) => p.startsWith('Why'))).toEqual([]);
	});

	it.each([
		[
			'Farmers blocked the motorway, blaming the government for low milk prices.',
			'Why did farmers block the motorway?',
			'Blaming the government for low milk prices'
		],
		[
			'The council closed two libraries, blaming a budget shortfall.',
			'Why did the council close two libraries?',
			'a budget shortfall'
		],
		[
			'Prices fell sharply amid fears of a recession.',
			'Why did prices fall sharply?',
			'fears of a recession'
		],
		[
			'The council raised taxes in order to pay for the new school.',
			'Why did the council raise taxes?',
			'to pay for the new school'
		],
		[
			'The council raised taxes so that the school could open in May.',
			'Why did the council raise taxes?',
			'so that the school could open in May'
		],
		[
			'The mayor cancelled the parade on security grounds.',
			'Why did the mayor cancel the parade?',
			'on security grounds'
		]
	])('gives the reason or purpose after a connective: %s', (sentence, prompt, answer) => {
		const asked = ask(sentence).filter((c) => c.draft.prompt === prompt);
		expect(asked.map((c) => c.answer?.toLowerCase())).toContain(answer.toLowerCase());
		expect(asked.every((c) => c.kind === 'cause')).toBe(true);
	});

	it('reads the cause of a participle after a ", who …" clause from that clause and its noun', () => {
		const asked = ask(
			'Opposing the plan was Senator Ruth Hale, who blocked the harbour budget for a month, triggering a standoff with the mayor.'
		).filter(
			(c) =>
				c.draft.prompt === 'According to the article, what triggered a standoff with the mayor?'
		);
		expect(asked.map((c) => c.answer)).toContain(
			'Senator Ruth Hale blocked the harbour budget for a month'
		);
		const effects = ask(
			'Opposing the plan was Senator Ruth Hale, who blocked the harbour budget for a month, triggering a standoff with the mayor.'
		).map((c) => c.draft.prompt);
		// A name keeps its capital in the middle of the question.
		expect(effects.some((p) => p.includes('because Senator Ruth Hale blocked'))).toBe(true);
		expect(effects.some((p) => /Opposing the plan/i.test(p))).toBe(false);
	});

	it('names the owner of "its" or asks nothing', () => {
		const prompts = ask(
			'Kestrel Bank failed in 2019.',
			'A fraud scandal triggered its collapse.'
		).map((c) => c.draft.prompt);
		expect(prompts).toContain('According to the article, what triggered Kestrel Bank’s collapse?');
		for (const prompt of prompts) expect(prompt).not.toMatch(/\b(?:it|its|they|this)\b/i);
	});

	it('keeps every prompt to one clause that ends with "?" and an answer of at most 14 words', () => {
		const candidates = ask(
			'Heavy snow has closed large parts of the mountain road, forcing more than 2,000 drivers from their cars and cutting off two villages.',
			'The bridge reopened on Friday after engineers checked its supports.'
		);
		expect(candidates.length).toBeGreaterThan(0);
		for (const c of candidates) {
			if (c.draft.type === 'true-false' || c.draft.type === 'cloze') continue;
			expect(c.draft.prompt).toMatch(/\?$/);
			expect(c.draft.prompt).not.toMatch(/\band\s*\?$/);
			expect(c.answer!.split(/\s+/).length).toBeLessThanOrEqual(14);
		}
	});
});

describe('effect questions', () => {
	it.each([
		[
			['Because the main road bridge was shut, food had to be brought in by boat.'],
			'According to the article, what happened as a result of the main road bridge being shut?',
			'Food had to be brought in by boat',
			'The main road bridge was shut'
		],
		[
			['The steel plant closed in May.', 'As a result, 300 workers lost their jobs.'],
			'According to the article, what happened as a result of the steel plant closing in May?',
			'300 workers lost their jobs',
			'The steel plant closed in May'
		],
		[
			[
				'Heavy snow has closed large parts of the mountain road, forcing more than 2,000 drivers from their cars.'
			],
			'According to the article, what happened as a result of heavy snow having closed large parts of the mountain road?',
			'More than 2,000 drivers were forced from their cars',
			'Heavy snow has closed large parts of the mountain road'
		]
	])('asks what happened as a result: %s', (sentences, prompt, answer, cause) => {
		const candidates = ask(...sentences);
		const choice = find(candidates, prompt, 'single-choice');
		expect(choice?.draft.answerText).toBe(answer);
		expect(choice?.kind).toBe('effect');
		expect(choice?.answer).toBe(answer.charAt(0).toLowerCase() + answer.slice(1));
		const wrong = wrongOptions(choice!.draft as Choice);
		expect(wrong).not.toContain(cause);
		expect(wrong).not.toContain(answer);
		expect(find(candidates, prompt, 'short-answer')?.score).toBe(7);
	});

	it('never offers another result of the same cause as a wrong option', () => {
		const candidates = ask(
			'The protest began on Sunday, when the price of bread doubled, prompting shop owners to close early.'
		);
		const effects = candidates.filter(
			(c) => c.kind === 'effect' && c.draft.type === 'single-choice'
		);
		expect(effects.length).toBeGreaterThan(0);
		for (const c of effects) {
			const wrong = wrongOptions(c.draft as Choice).map((o) => o.toLowerCase());
			expect(wrong).not.toContain('shop owners closed early');
			expect(wrong).not.toContain('the protest began');
		}
	});

	it('asks no result of a purpose or a motive', () => {
		const kinds = ask('The council raised taxes in order to pay for the new school.').map(
			(c) => c.kind
		);
		expect(kinds).not.toContain('effect');
	});
});

describe('the form of a why-question', () => {
	const scoreOf = (candidates: Candidate[], prompt: string, type: QuestionDraft['type']) =>
		find(candidates, prompt, type)?.score ?? 0;

	it('asks for the reason typed when the article has no other results to offer as wrong reasons', () => {
		const candidates = ask(
			'Crews cleared the tunnel by hand because the engineers feared new falls.'
		);
		const prompt = 'Why did crews clear the tunnel by hand?';
		expect(scoreOf(candidates, prompt, 'short-answer')).toBeGreaterThan(
			scoreOf(candidates, prompt, 'single-choice')
		);
	});

	it('offers options when other results of the story make wrong reasons a reader might pick', () => {
		const candidates = ask(
			'The river burst its banks after three days of rain, forcing 3,000 residents from their homes.',
			'The main bridge was closed because the water reached its deck.',
			'Schools shut because the roads were under water.',
			'Because the airport flooded, all flights were cancelled.'
		);
		const prompt = 'Why was the main bridge closed?';
		const choice = find(candidates, prompt, 'single-choice');
		expect(choice).toBeDefined();
		expect(scoreOf(candidates, prompt, 'single-choice')).toBeGreaterThan(
			scoreOf(candidates, prompt, 'short-answer')
		);
	});
});
