import { describe, expect, it } from 'vitest';
import type { ImportedArticle } from './imported-article';
import { NO_ARTICLE_IN_PAGE, readHtml } from './read-html';
import { fixture, parseHtml } from './testing/jsdom';

function articleOf(html: string): ImportedArticle {
	const result = readHtml(parseHtml(html));
	if (!result.ok) throw new Error(`expected an article, got: ${result.errors.join(' ')}`);
	return result.value;
}

const newsPage = () => articleOf(fixture('news-page.html').toString('utf8'));

/** A story long enough for Readability to take it for one. */
const STORY = [
	'The river port at Hamburg closed on Monday after three days of heavy rain raised the water above the quays.',
	'Ships waited at anchor in the estuary while crews moved containers to higher ground, the port authority said.',
	'Officials expect the port to reopen on Thursday if the rain stops, but warned that more storms are forecast.'
];
const storyPage = (extra = '') =>
	`<html><head><title>Port closes</title></head><body><article>${STORY.map((p) => `<p>${p}</p>`).join('')}</article>${extra}</body></html>`;

describe('readHtml on a saved news page', () => {
	it('reads the title, byline, date, publication and address from the page', () => {
		const article = newsPage();
		expect(article.title).toBe('Millbrook opens flood park on old rail yard');
		expect(article.byline).toBe('Hannah Okafor');
		expect(article.published).toBe('2025-04-14');
		expect(article.source).toBe('The Millbrook Courier');
		expect(article.sourceUrl).toBe(
			'https://www.millbrookcourier.example/news/2025/04/14/flood-park-opens'
		);
	});

	it('keeps the story’s paragraphs, first and last, and its sub-headings', () => {
		const { text } = newsPage();
		const blocks = text.split('\n\n');
		expect(blocks[0]).toMatch(/^MILLBROOK — A park built to soak up floodwater opened on Saturday/);
		expect(blocks).toContain('## How the park works');
		expect(blocks).toContain('## Paid for by the town and the region');
		expect(blocks.at(-1)).toBe(
			'The town plans a second, smaller park upstream at Ashford Farm. Work is expected to begin in the spring of 2026.'
		);
		expect(blocks).toHaveLength(11); // nine paragraphs, two headings
	});

	it('leaves out navigation, adverts inside the story, related links, comments, captions and the footer', () => {
		const { text } = newsPage();
		for (const furniture of [
			'Sport',
			'Advertisement',
			'Millbrook Motors',
			'Greenway Stores',
			'Council approves budget',
			'riverwatcher',
			'Great news for Mill Lane',
			'Photo: Lena Park',
			'Share on Facebook',
			'inbox',
			'All rights reserved',
			'cookies'
		]) {
			expect(text).not.toContain(furniture);
		}
		expect(text).not.toContain('Millbrook opens flood park'); // the headline is the title, not body text
	});

	it('says what it left out, one line per kind, in page order', () => {
		const { dropped } = newsPage();
		expect(dropped).toContain('Navigation (6): Home · News · Sport · Business · Opinion · Weather');
		const kinds = dropped.map((line) => line.slice(0, line.indexOf(' (')));
		expect(kinds).toEqual([
			'Cookie notice',
			'Navigation',
			'Advertisements',
			'Other text',
			'Sharing buttons',
			'Captions',
			'Newsletter sign-up',
			'Related links',
			'Comments',
			'Page footer'
		]);
		expect(dropped.find((line) => line.startsWith('Comments'))).toMatch(
			/^Comments \(7\): Comments \(3\) · riverwatcher/
		);
	});

	it('does not list the title, byline or shown date as left out: they went to their own fields', () => {
		const dropped = newsPage().dropped.join('\n');
		expect(dropped).not.toContain('Hannah Okafor');
		expect(dropped).not.toContain('14 April 2025');
		expect(dropped).not.toContain('Millbrook opens flood park');
	});

	it('does not change the document it was given', () => {
		const doc = parseHtml(fixture('news-page.html').toString('utf8'));
		const before = doc.documentElement.outerHTML;
		readHtml(doc);
		expect(doc.documentElement.outerHTML).toBe(before);
	});
});

describe('readHtml on other pages', () => {
	it('reads a page with no metadata: no date, source or address, never made up', () => {
		const article = articleOf(storyPage());
		expect(article.text.split('\n\n')).toEqual(STORY);
		expect(article.published).toBeUndefined();
		expect(article.source).toBeUndefined();
		expect(article.sourceUrl).toBeUndefined();
		expect(article.dropped).toEqual([]);
	});

	it('reads HTML copied from a page, as the clipboard carries it (a fragment, no <html>)', () => {
		const article = articleOf(`<meta charset="utf-8">${STORY.map((p) => `<p>${p}</p>`).join('')}`);
		expect(article.text).toContain('Ships waited at anchor in the estuary');
	});

	it('takes out a comment box the site put inside the story, which Readability would keep', () => {
		const article = articleOf(
			storyPage().replace(
				'</article>',
				'<div class="comments-area"><p>First! This port never closes on time, what a surprise.</p></div></article>'
			)
		);
		expect(article.text).not.toContain('First!');
		expect(article.dropped).toContain(
			'Comments (1): First! This port never closes on time, what a surprise.'
		);
	});

	it('keeps a story whose box carries a furniture word in its class', () => {
		const article = articleOf(
			storyPage().replace('<article>', '<article class="story has-comments">')
		);
		expect(article.text.split('\n\n')).toEqual(STORY);
	});

	it('gives a plain message for a page with no text', () => {
		expect(readHtml(parseHtml('<html><body><script>render()</script></body></html>'))).toEqual({
			ok: false,
			errors: [NO_ARTICLE_IN_PAGE]
		});
		expect(readHtml(parseHtml(''))).toEqual({ ok: false, errors: [NO_ARTICLE_IN_PAGE] });
	});
});
