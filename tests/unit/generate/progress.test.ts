import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateQuestions, type GenerationProgress } from '../../../src/lib/reading/generate';

const article = readFileSync(
	new URL('../../../questions/kazakhstan-2022/article.md', import.meta.url),
	'utf8'
);

describe('generation progress', () => {
	it('tells each step once, in order, ending at the total, with the same questions as without', () => {
		const steps: GenerationProgress[] = [];
		const questions = generateQuestions(article, { onProgress: (p) => steps.push(p) });

		const total = steps[0]?.total ?? 0;
		expect(total).toBeGreaterThan(2);
		expect(steps.map((s) => s.done)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
		expect(steps.every((s) => s.total === total)).toBe(true);
		expect(questions).toEqual(generateQuestions(article));
	});
});
