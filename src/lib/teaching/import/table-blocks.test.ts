import { describe, expect, it } from 'vitest';
import { blocksToText, htmlBlocks } from './html-blocks';
import { bodyOf } from './testing/jsdom';

const textOf = (html: string) => blocksToText(htmlBlocks(bodyOf(html)));

describe('tables', () => {
	it('names each cell by its column heading when the table has a heading row', () => {
		expect(
			textOf(
				'<table><thead><tr><th>Town</th><th>Homes flooded</th></tr></thead><tbody><tr><td>Millbrook</td><td>400</td></tr><tr><td>Ashford</td><td>35</td></tr></tbody></table>'
			)
		).toBe('Town: Millbrook; Homes flooded: 400.\n\nTown: Ashford; Homes flooded: 35.');
	});

	it('joins the cells of a table with no heading row by semicolons, one paragraph per row', () => {
		expect(
			textOf(
				'<table><tr><td>Millbrook</td><td>400 homes</td></tr><tr><td>Ashford</td><td>35 homes</td></tr></table>'
			)
		).toBe('Millbrook; 400 homes.\n\nAshford; 35 homes.');
	});

	it('skips empty cells and keeps a row’s own closing punctuation', () => {
		expect(
			textOf(
				'<table><tr><th>Q</th><th>Note</th></tr><tr><td>Why?</td><td></td></tr><tr><td>When</td><td>Soon!</td></tr></table>'
			)
		).toBe('Q: Why?\n\nQ: When; Note: Soon!');
	});

	it('puts the table’s caption before its rows', () => {
		expect(
			textOf('<table><caption>Rainfall</caption><tr><td>May</td><td>80 mm</td></tr></table>')
		).toBe('Rainfall.\n\nMay; 80 mm.');
	});

	it('reads a one-column table or one with whole paragraphs in its cells as ordinary text', () => {
		const long = 'The river rose through the night. '.repeat(12).trim();
		expect(textOf(`<table><tr><td><p>${long}</p></td><td>Side</td></tr></table>`)).toBe(
			`${long}\n\nSide`
		);
		expect(textOf('<table><tr><td>Only</td></tr><tr><td>Column</td></tr></table>')).toBe(
			'Only\n\nColumn'
		);
	});
});
