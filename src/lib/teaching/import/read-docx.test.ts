import {
	Document,
	FootnoteReferenceRun,
	HeadingLevel,
	ImageRun,
	Packer,
	Paragraph,
	TextRun
} from 'docx';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ImportedArticle } from './imported-article';
import { NO_TEXT_IN_DOCX, NOT_A_DOCX, readDocx } from './read-docx';
import { fixture, parseHtml } from './testing/jsdom';

async function articleOf(bytes: Uint8Array): Promise<ImportedArticle> {
	const result = await readDocx(bytes, parseHtml);
	if (!result.ok) throw new Error(`expected an article, got: ${result.errors.join(' ')}`);
	return result.value;
}

const waterAudit = () => articleOf(new Uint8Array(fixture('water-audit.docx')));

async function docxOf(document: Document): Promise<Uint8Array> {
	return new Uint8Array(await Packer.toBuffer(document));
}

/** A 1×1 PNG. */
const PIXEL = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
	'base64'
);

describe('readDocx on a Word document with a title, headings, paragraphs and a table', () => {
	it('takes the Title paragraph as the title, not as body text', async () => {
		const article = await waterAudit();
		expect(article.title).toBe('Our school’s water audit');
		expect(article.text).not.toContain('water audit');
	});

	it('keeps paragraphs in order and headings as "## " headings', async () => {
		const blocks = (await waterAudit()).text.split('\n\n');
		expect(blocks[0]).toBe(
			'In March, the eco club of Hillside Secondary School measured how much water the school uses in a normal week and where it goes.'
		);
		expect(blocks[2]).toBe('## What we found');
		expect(blocks).toContain('## What happens next');
		expect(blocks.at(-1)).toBe(
			'The eco club will measure again in June to see how much water the changes save.'
		);
	});

	it('turns each table row into a line that names its columns', async () => {
		const blocks = (await waterAudit()).text.split('\n\n');
		expect(blocks).toContain('Building: Kitchen; Litres per day: 9,500; Leaks found: 2.');
		expect(blocks).toContain('Building: Sports hall; Litres per day: 16,500; Leaks found: 5.');
		expect(blocks).not.toContain('Building');
		expect(blocks.indexOf('## What happens next')).toBeGreaterThan(
			blocks.indexOf('Building: Science block; Litres per day: 2,000; Leaks found: 1.')
		);
	});

	it('reports nothing left out when nothing was', async () => {
		expect((await waterAudit()).dropped).toEqual([]);
	});
});

describe('readDocx on other documents', () => {
	it('takes an opening Heading 1 as the title when there is no Title paragraph', async () => {
		const bytes = await docxOf(
			new Document({
				sections: [
					{
						children: [
							new Paragraph({ text: 'Bees return to the park', heading: HeadingLevel.HEADING_1 }),
							new Paragraph('Beekeepers counted twelve hives this spring.')
						]
					}
				]
			})
		);
		const article = await articleOf(bytes);
		expect(article.title).toBe('Bees return to the park');
		expect(article.text).toBe('Beekeepers counted twelve hives this spring.');
	});

	it('lists pictures and footnotes as left out, and keeps the footnote marks out of the text', async () => {
		const bytes = await docxOf(
			new Document({
				footnotes: { 1: { children: [new Paragraph('Figures from the county survey of 2024.')] } },
				sections: [
					{
						children: [
							new Paragraph({
								children: [new TextRun('Hives doubled in two years.'), new FootnoteReferenceRun(1)]
							}),
							new Paragraph({
								children: [
									new ImageRun({
										type: 'png',
										data: PIXEL,
										transformation: { width: 10, height: 10 }
									})
								]
							})
						]
					}
				]
			})
		);
		const article = await articleOf(bytes);
		expect(article.text).toBe('Hives doubled in two years.');
		expect(article.dropped).toEqual([
			'Footnotes (1): Figures from the county survey of 2024.',
			'Pictures (1)'
		]);
	});

	it('gives a plain message for a file that is not a zip (an old .doc, a renamed file)', async () => {
		const result = await readDocx(strToU8('Just some text, not a Word file.'), parseHtml);
		expect(result).toEqual({ ok: false, errors: [NOT_A_DOCX] });
	});

	it('gives the same message for a zip that is not a Word document', async () => {
		const result = await readDocx(zipSync({ 'notes.txt': strToU8('hello') }), parseHtml);
		expect(result).toEqual({ ok: false, errors: [NOT_A_DOCX] });
	});

	it('gives the same message for a Word document cut short', async () => {
		const bytes = new Uint8Array(fixture('water-audit.docx'));
		const result = await readDocx(bytes.subarray(0, bytes.length / 2), parseHtml);
		expect(result).toEqual({ ok: false, errors: [NOT_A_DOCX] });
	});

	it('says so when the document has no text', async () => {
		const bytes = await docxOf(new Document({ sections: [{ children: [new Paragraph('')] }] }));
		expect(await readDocx(bytes, parseHtml)).toEqual({ ok: false, errors: [NO_TEXT_IN_DOCX] });
	});
});
