import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { carryArticle } from '../../teaching/sharing/share-v3-article';
import { cleanArticleText } from './clean-text';
import { blocksFromCarried } from './carried-blocks';
import { segmentBody } from './segment';

const fixture = (name: string) =>
	cleanArticleText(
		readFileSync(new URL(`../../../../tests/fixtures/articles/${name}`, import.meta.url), 'utf8')
	);

describe('blocksFromCarried', () => {
	it.each(['harbour-deal.txt', 'sleep-study.txt', 'valley-floods.txt'])(
		'shows %s exactly as the sentence splitter would, from what a link carries',
		(name) => {
			const body = fixture(name);
			expect(blocksFromCarried(carryArticle(body).blocks)).toEqual(segmentBody(body));
		}
	);

	it('keeps headings out of the paragraph numbers, and reads their text without Markdown', () => {
		const body = '## The *new* pipeline\n\nGas flows. It stops.\n\n## Next\n\nPrices rose.';
		expect(blocksFromCarried(carryArticle(body).blocks)).toEqual(segmentBody(body));
	});
});
