import { describe, expect, it } from 'vitest';
import { actionQuestions } from '../../../src/lib/reading/generate/questions/wh-action';
import { analyzed, PADDING } from './helpers';

const drafts = (...paragraphs: string[]) =>
	actionQuestions(analyzed(...paragraphs, ...PADDING)).map((c) => c.draft);

const STORY = [
	'Harbour Mayor Helen Carter closed the river port to cargo ships on Monday.',
	'Striking dock workers blocked the main road into the container terminal.',
	'The regional transport agency suspended all night trains along the coast.',
	'Angry fishing crews sailed their boats past the town hall in protest.'
];

describe('what an actor of the story did', () => {
	it('asks what a named actor did, with other actors’ deeds as options', () => {
		const found = drafts(...STORY).find((d) => d.prompt === 'What did Helen Carter do?');
		expect(found?.type).toBe('single-choice');
		if (found?.type !== 'single-choice') return;
		expect(found.answerText).toBe('Closed the river port to cargo ships on Monday');
		expect(found.options).toContain('Blocked the main road into the container terminal');
		expect(found.options).toContain('Suspended all night trains along the coast');
	});

	it('asks about a described group as written', () => {
		const prompts = drafts(...STORY).map((d) => d.prompt);
		expect(prompts).toContain('What did striking dock workers do?');
	});

	it('asks nothing of an actor the story shows doing two things', () => {
		const prompts = drafts(
			...STORY,
			'Later that week, Carter reopened the port for ferries only.'
		).map((d) => d.prompt);
		expect(prompts).not.toContain('What did Helen Carter do?');
		expect(prompts).toContain('What did striking dock workers do?');
	});

	it.each([
		['a verb of saying', 'The port authority said the channel was too shallow for big ships.'],
		['a deed that leans on a pronoun', 'The city council cancelled their annual harbour festival.'],
		[
			'a deed that names its thing only in another sentence',
			'The city council rescinded the policy in March.'
		],
		['a passive', 'The harbour festival was cancelled by the city council.'],
		[
			'a verb whose content is another clause',
			'The city council estimated in a report last month that the port would lose money.'
		]
	])('asks nothing for %s', (_, sentence) => {
		const prompts = drafts(...STORY.slice(1), sentence).map((d) => d.prompt);
		expect(prompts.some((p) => /council|authority|festival/.test(p))).toBe(false);
	});
});

describe('what no actor did', () => {
	it('asks nothing of a thing that cannot act: "What did the trial do?"', () => {
		const prompts = drafts(
			...STORY,
			'The vaccine trial enrolled 9,600 children aged under three in four countries last year.'
		).map((d) => d.prompt);
		expect(prompts).not.toContain('What did the vaccine trial do?');
		expect(prompts).toContain('What did Helen Carter do?');
	});

	it.each([
		['an event', 'The regional blackout disconnected a series of power plants across the north.'],
		['a start without an object', 'The night shift began at about 2:10 p.m. local time on Tuesday.']
	])('asks nothing of %s (“What did the outage do?”)', (_, sentence) => {
		const prompts = drafts(...STORY, sentence).map((d) => d.prompt);
		expect(prompts.filter((p) => /blackout|shift/.test(p))).toEqual([]);
		expect(prompts).toContain('What did Helen Carter do?');
	});

	it('asks what someone did who started something', () => {
		const prompts = drafts(
			...STORY,
			'The coastal guard started a search for the missing trawler on Sunday night.'
		).map((d) => d.prompt);
		expect(prompts).toContain('What did the coastal guard do?');
	});

	it('asks nothing when the answer would stop at a comma of a list', () => {
		const prompts = drafts(
			...STORY,
			'Health minister Amina Diallo visited clinics in Burkina Faso, Mali, Tanzania and Malawi last month.'
		).map((d) => d.prompt);
		expect(prompts).not.toContain('What did Amina Diallo do?');
	});
});

describe('what an actor did, among deeds of the same kind', () => {
	it('offers no change of a measure as something a person did: "Grew 4.1% last year"', () => {
		const found = drafts(...STORY, 'The economy grew 4.1% last year despite the storms.').find(
			(d) => d.prompt === 'What did Helen Carter do?'
		);
		if (found?.type !== 'single-choice') throw new Error('no choice for Helen Carter');
		expect(found.options).not.toContain('Grew 4.1% last year despite the storms');
		expect(found.options).toContain('Blocked the main road into the container terminal');
	});

	it('reads a participle set off after its noun as a description: "known as LHS 2791 c"', () => {
		const found = drafts(
			...STORY,
			'The planet, known as LHS 2791 c, circles a small red star every few days.'
		);
		expect(found.map((d) => d.prompt)).not.toContain('What did the planet do?');
		const options = found.flatMap((d) => (d.type === 'single-choice' ? d.options : []));
		expect(options.some((o) => /^Known as/.test(o))).toBe(false);
	});
});

describe('what a substance did', () => {
	it('asks nothing of a bare singular noun ("What did ash do?")', () => {
		const prompts = drafts(
			...STORY,
			'Ash fell across at least 40 communities on Tuesday morning.'
		).map((d) => d.prompt);
		expect(prompts).not.toContain('What did ash do?');
		expect(prompts).toContain('What did Helen Carter do?');
	});
});
