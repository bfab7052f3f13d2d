import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { explainGeneration } from './explain';
import { generateWithReasons } from './index';

const ARTICLE = [
	'Officials in Valletta signed a deal on Monday to rebuild the old harbour, which was damaged by a storm in 2021.',
	'The work will cost about 40 million euros and should take three years, Transport Minister Aaron Farrugia said.',
	'Fishermen welcomed the plan, but some residents worry that the new quays will bring more traffic to the narrow streets.'
].join('\n\n');

describe('explainGeneration', () => {
	const generation = generateWithReasons(ARTICLE);
	const lines = explainGeneration(generation, 3);

	it('opens with the reading, the counts and the entities', () => {
		expect(lines.slice(0, 6)).toEqual([
			'title: (none found: the text starts with body text)',
			'dropped (0):',
			`words: 59; sentences: 3; budget: ${generation.budget} questions`,
			'entities (2):',
			'  - person Aaron Farrugia ×1 (also Farrugia); roles: Transport Minister',
			'  - name Valletta ×1'
		]);
	});

	it('lists only as many ranked facts as asked, two lines each, chosen ones ticked', () => {
		const ranked = lines.slice(lines.findIndex((l) => l.startsWith('ranked facts')));
		expect(ranked[0]).toBe(`ranked facts (best 3 of ${generation.ranked.length}):`);
		expect(ranked).toHaveLength(1 + 3 * 2);
		const first = generation.ranked[0]!;
		expect(ranked[1]).toBe(
			`  ${first.chosen ? '✓' : ' '}  1. ${first.score.toFixed(2)} [${first.question.type}/${first.question.skill}] ${first.question.prompt}`
		);
		expect(ranked[2]).toMatch(/^ {8}answer: .+ — fact \S+; /);
	});

	it('lists no fact when asked for none', () => {
		expect(explainGeneration(generation, 0).at(-1)).toBe(
			`ranked facts (best 0 of ${generation.ranked.length}):`
		);
	});
});

describe('generateWithReasons', () => {
	it('ranks each chosen question as it is asked, with any options swapped in', () => {
		const text = readFileSync('tests/fixtures/articles/valley-floods.txt', 'utf8');
		const { questions, ranked } = generateWithReasons(text);
		const chosen = ranked.filter((r) => r.chosen).map((r) => r.question);
		expect(chosen).toHaveLength(questions.length);
		for (const question of chosen) expect(questions).toContainEqual(question);
	});
});
