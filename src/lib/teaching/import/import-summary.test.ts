import { describe, expect, it } from 'vitest';
import { importedFacts, importSummary } from './import-summary';

describe('importSummary', () => {
	it('counts paragraphs and headings', () => {
		const text = '## Why\n\nOne.\n\nTwo.\n\n## Next\n\nThree.';
		expect(importSummary('“a.html”', { text, dropped: [] })).toBe(
			'Read “a.html”: 3 paragraphs and 2 headings. Check the text in the article box before making the module.'
		);
	});

	it('says "1 paragraph" and leaves out headings when there are none', () => {
		expect(importSummary('the pasted page', { text: 'Only one.', dropped: [] })).toBe(
			'Read the pasted page: 1 paragraph. Check the text in the article box before making the module.'
		);
	});
});

describe('importedFacts', () => {
	it('lists byline, date and address, and nothing the file did not state', () => {
		expect(
			importedFacts({
				text: 'x',
				dropped: [],
				byline: 'Hannah Okafor',
				published: '2025-04-14',
				sourceUrl: 'https://example.com/a'
			})
		).toEqual(['By Hannah Okafor', 'Published 2025-04-14', 'Address: https://example.com/a']);
		expect(importedFacts({ text: 'x', dropped: [] })).toEqual([]);
	});
});
