import { describe, expect, it } from 'vitest';
import { plainTextOf, segmentBody, sentencesOf, wordCount } from './segment';

describe('segmentBody', () => {
	it('numbers paragraphs from 1 and gives every sentence a stable id', () => {
		const blocks = segmentBody(
			'Mr. Tokayev spoke on Friday. Troops arrived.\n\n## Background\n\nIt is big.'
		);
		expect(blocks).toEqual([
			{
				kind: 'paragraph',
				number: 1,
				sentences: [
					{ id: 'p1s1', text: 'Mr. Tokayev spoke on Friday.' },
					{ id: 'p1s2', text: 'Troops arrived.' }
				]
			},
			{ kind: 'heading', text: 'Background' },
			{ kind: 'paragraph', number: 2, sentences: [{ id: 'p2s1', text: 'It is big.' }] }
		]);
	});

	it('keeps abbreviations, numbers and curly quotes inside their sentence', () => {
		const sentences = sentencesOf(
			segmentBody(
				'About 2,500 soldiers came from the U.S. and Europe. Prices rose 3.5% in a week. “Fire without warning,” he said.'
			)
		).map((s) => s.text);
		expect(sentences).toEqual([
			'About 2,500 soldiers came from the U.S. and Europe.',
			'Prices rose 3.5% in a week.',
			'“Fire without warning,” he said.'
		]);
	});

	it('reduces inline Markdown to its text and keeps markup as literal text', () => {
		const [block] = segmentBody('A *bold* [link](https://example.com) & <b>tag</b>.');
		expect(block).toEqual({
			kind: 'paragraph',
			number: 1,
			sentences: [{ id: 'p1s1', text: 'A bold link & <b>tag</b>.' }]
		});
	});

	it('joins the lines of one paragraph and skips empty ones', () => {
		const blocks = segmentBody('One line\nwrapped here.\n\n\n\nNext.');
		expect(sentencesOf(blocks).map((s) => s.id)).toEqual(['p1s1', 'p2s1']);
		expect(plainTextOf(blocks)).toBe('One line wrapped here.\n\nNext.');
		expect(wordCount(blocks)).toBe(5);
	});

	it('gives nothing for an empty body', () => {
		expect(segmentBody('  \n\n ')).toEqual([]);
	});
});
