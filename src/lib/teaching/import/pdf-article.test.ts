import { describe, expect, it } from 'vitest';
import { pdfArticleOf } from './pdf-article';
import type { PdfBlock } from './pdf-paragraphs';

const heading = (text: string): PdfBlock => ({ kind: 'heading', text });
const paragraph = (text: string): PdfBlock => ({ kind: 'paragraph', text });
const rebuilt = (...blocks: PdfBlock[]) => ({ blocks, dropped: ['Page numbers (2)'] });

describe('pdfArticleOf', () => {
	it('takes the title from the metadata and leaves the same opening heading out of the text', () => {
		const article = pdfArticleOf(
			rebuilt(heading('Harbour Deal Signed'), paragraph('The deal was signed.')),
			'Harbour deal signed'
		);

		expect(article).toEqual({
			title: 'Harbour deal signed',
			text: 'The deal was signed.',
			dropped: ['Page numbers (2)']
		});
	});

	it('keeps an opening heading that differs from the metadata title', () => {
		const article = pdfArticleOf(
			rebuilt(heading('Background'), paragraph('Some history.')),
			'Harbour deal signed'
		);

		expect(article.title).toBe('Harbour deal signed');
		expect(article.text).toBe('## Background\n\nSome history.');
	});

	it('takes the opening heading as the title when the metadata has none', () => {
		const article = pdfArticleOf(rebuilt(heading('Harbour deal'), paragraph('Text.')), undefined);

		expect(article.title).toBe('Harbour deal');
		expect(article.text).toBe('Text.');
	});

	it.each(['Microsoft Word - harbour.docx', 'harbour-final.pdf', 'Untitled', '  '])(
		'ignores the metadata title “%s” a word processor made up',
		(title) => {
			const article = pdfArticleOf(rebuilt(heading('Harbour deal'), paragraph('Text.')), title);

			expect(article.title).toBe('Harbour deal');
		}
	);

	it('gives no title when neither the metadata nor an opening heading has one', () => {
		const article = pdfArticleOf(rebuilt(paragraph('Text.'), heading('Later')), undefined);

		expect(article.title).toBeUndefined();
		expect(article.text).toBe('Text.\n\n## Later');
	});

	it('moves a "By …" line near the top to the byline', () => {
		const article = pdfArticleOf(
			rebuilt(heading('Harbour deal'), paragraph('By Maya Okafor, Reporter'), paragraph('Text.')),
			undefined
		);

		expect(article.byline).toBe('Maya Okafor, Reporter');
		expect(article.text).toBe('Text.');
	});

	it('leaves a sentence starting "By" in the text', () => {
		const sentence =
			'By Tuesday the council had voted, and the scheme went ahead as planned in full.';

		const article = pdfArticleOf(rebuilt(paragraph(sentence.repeat(2))), undefined);

		expect(article.byline).toBeUndefined();
		expect(article.text).toBe(sentence.repeat(2));
	});
});
