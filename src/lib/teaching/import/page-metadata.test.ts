import { describe, expect, it } from 'vitest';
import { calendarDate, pageMetadata } from './page-metadata';
import { parseHtml } from './testing/jsdom';

const metadataOf = (head: string, body = '') =>
	pageMetadata(parseHtml(`<html><head>${head}</head><body>${body}</body></html>`));

describe('pageMetadata', () => {
	it('takes the date from article:published_time, keeping the day the page states', () => {
		expect(
			metadataOf('<meta property="article:published_time" content="2024-03-18T23:30:00-05:00">')
				.published
		).toBe('2024-03-18');
	});

	it('takes the date from JSON-LD datePublished, inside an @graph too', () => {
		const jsonLd = JSON.stringify({
			'@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', datePublished: '2023-11-02' }]
		});
		expect(metadataOf(`<script type="application/ld+json">${jsonLd}</script>`).published).toBe(
			'2023-11-02'
		);
	});

	it('takes the date from a <time datetime> when the metadata has none', () => {
		expect(metadataOf('', '<p><time datetime="2022-07-09">9 July</time></p>').published).toBe(
			'2022-07-09'
		);
	});

	it('skips broken JSON-LD and impossible dates', () => {
		const page = metadataOf(
			'<script type="application/ld+json">{ not json</script><meta name="date" content="2023-02-30">',
			'<time datetime="2021-05-06">6 May</time>'
		);
		expect(page.published).toBe('2021-05-06');
	});

	it('takes the publication from og:site_name, else from JSON-LD publisher.name', () => {
		expect(
			metadataOf('<meta property="og:site_name" content=" The  Example Herald ">').source
		).toBe('The Example Herald');
		const jsonLd = JSON.stringify({ publisher: { '@type': 'Organization', name: 'Daily Planet' } });
		expect(metadataOf(`<script type="application/ld+json">${jsonLd}</script>`).source).toBe(
			'Daily Planet'
		);
	});

	it('takes the address from the canonical link, else og:url, and only an http(s) one', () => {
		expect(
			metadataOf(
				'<link rel="canonical" href="https://example.com/a"><meta property="og:url" content="https://example.com/b">'
			).sourceUrl
		).toBe('https://example.com/a');
		expect(
			metadataOf(
				'<link rel="canonical" href="/relative"><meta property="og:url" content="https://example.com/b">'
			).sourceUrl
		).toBe('https://example.com/b');
		expect(
			metadataOf('<link rel="canonical" href="javascript:alert(1)">').sourceUrl
		).toBeUndefined();
	});
});

describe('calendarDate', () => {
	it('accepts a leap day and refuses the 29th of February of other years', () => {
		expect(calendarDate('2024-02-29')).toBe('2024-02-29');
		expect(calendarDate('2023-02-29')).toBeUndefined();
	});

	it('refuses what is not an ISO date', () => {
		expect(calendarDate('14 April 2025')).toBeUndefined();
		expect(calendarDate('2025-13-01')).toBeUndefined();
	});
});
