import { describe, expect, it } from 'vitest';
import { analyzed, PADDING } from '../../../../../tests/unit/generate/helpers';
import { BUILDERS } from './builders';

describe('BUILDERS', () => {
	it('registers each question form once', () => {
		expect(BUILDERS).toHaveLength(22);
		expect(new Set(BUILDERS).size).toBe(BUILDERS.length);
		expect(new Set(BUILDERS.map((b) => b.name)).size).toBe(BUILDERS.length);
	});

	it('lets every form run on an article with little to ask', () => {
		const article = analyzed(...PADDING);
		for (const build of BUILDERS) expect(Array.isArray(build(article))).toBe(true);
	});

	it('asks a question of a sentence with a number', () => {
		const article = analyzed('About 2,500 soldiers were sent to the city on Monday.', ...PADDING);
		expect(BUILDERS.flatMap((build) => build(article)).length).toBeGreaterThan(0);
	});
});
