import { describe, expect, it } from 'vitest';
import { articleTextProblem, MAX_ARTICLE_CHARS } from './article-limit';

describe('articleTextProblem', () => {
	it('takes an article up to the limit', () => {
		expect(articleTextProblem('a'.repeat(MAX_ARTICLE_CHARS))).toBeUndefined();
	});

	it('refuses a longer one before any work, saying how long it is and what the limit is', () => {
		expect(articleTextProblem('a'.repeat(5_000_000))).toMatch(
			/^The article is 5,000,000 characters long; Lectern takes articles of up to 200,000 characters/
		);
	});
});
