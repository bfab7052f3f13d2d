import { readFileSync } from 'node:fs';
import * as legacyPdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { BLOCKS, BYLINE, plainText, TITLE } from '../../../../scripts/pdf-fixture/article';
import { ENCRYPTED_TEXT, USER_PASSWORD } from '../../../../scripts/pdf-fixture/encrypted-pdf';
import { MAX_IMPORT_BYTES, type ImportedArticle } from './imported-article';
import { PDF_MESSAGES, readPdf } from './read-pdf';
import { fakePdfjs } from './testing/fake-pdfjs';

const fixture = (name: string) =>
	new Uint8Array(
		readFileSync(new URL(`../../../../tests/fixtures/import/${name}`, import.meta.url))
	);

async function readArticle(name: string): Promise<ImportedArticle> {
	const result = await readPdf(fixture(name), legacyPdfjs);
	if (!result.ok) throw new Error(`Expected an article, got: ${result.errors.join(' ')}`);
	return result.value;
}

describe('readPdf on the two-page article', () => {
	it('rebuilds every paragraph and the heading exactly, in order', async () => {
		const article = await readArticle('two-page-article.pdf');

		const expected = BLOCKS.map((block) =>
			'heading' in block ? `## ${block.heading}` : plainText(block.paragraph)
		);
		expect(article.text).toBe(expected.join('\n\n'));
	});

	it('keeps the paragraph running from page 1 to page 2 whole', async () => {
		const paragraphs = (await readArticle('two-page-article.pdf')).text.split('\n\n');

		expect(paragraphs).toContain(
			'Construction is due to begin in the autumn, once the international engineering firm chosen to build the farm has finished a survey of the reservoir’s dam. A well-known local charity, Millbrook Energy Share, will offer residents the chance to buy a stake in the project from £50.'
		);
	});

	it('joins the words hyphenated at line ends', async () => {
		const text = (await readArticle('two-page-article.pdf')).text;

		expect(text).toContain("in the county's history.");
		expect(text).toContain('anchored to the reservoir bed.');
		expect(text).toContain('from selling that power');
		expect(text).toContain('cooler than panels on land');
		expect(text).not.toMatch(/\w- \w|\w-\n/);
	});

	it('leaves out the running header and footer and the page numbers, and says so', async () => {
		const article = await readArticle('two-page-article.pdf');

		expect(article.text).not.toMatch(/Example Herald|Thursday 6 March|classroom use|Page \d/);
		expect(article.dropped).toEqual([
			'Running header “The Example Herald — Weekly Edition” on 2 pages',
			'Running header “Thursday 6 March 2025” on 2 pages',
			'Running footer “Printed for classroom use” on 2 pages',
			'Page numbers (2)'
		]);
	});

	it('takes the title from the metadata and the byline from the "By" line', async () => {
		const article = await readArticle('two-page-article.pdf');

		expect(article.title).toBe(TITLE);
		expect(article.byline).toBe(BYLINE.replace(/^By /, ''));
		expect(article.text).not.toContain(TITLE);
		expect(article.text.startsWith('Millbrook')).toBe(true);
	});

	it('leaves the caller’s bytes usable', async () => {
		const bytes = fixture('two-page-article.pdf');
		const length = bytes.length;

		await readPdf(bytes, legacyPdfjs);

		expect(bytes.length).toBe(length);
	});
});

describe('readPdf on files it cannot read', () => {
	it('says a scanned PDF has no text to read', async () => {
		const result = await readPdf(fixture('scanned.pdf'), legacyPdfjs);

		expect(result).toEqual({ ok: false, errors: [PDF_MESSAGES.noText] });
		expect(PDF_MESSAGES.noText).toMatch(/has no text to read: it looks like scanned pages/);
	});

	it('says a PDF protected by a password needs a copy without one', async () => {
		const result = await readPdf(fixture('password.pdf'), legacyPdfjs);

		expect(result).toEqual({ ok: false, errors: [PDF_MESSAGES.password] });
		expect(PDF_MESSAGES.password).toMatch(/is protected by a password: open it, save a copy/);
	});

	it('has a password fixture that really is encrypted: it opens with its password', async () => {
		const pdf = await legacyPdfjs.getDocument({
			data: fixture('password.pdf'),
			password: USER_PASSWORD
		}).promise;
		const content = await (await pdf.getPage(1)).getTextContent();

		expect(content.items.map((item) => ('str' in item ? item.str : ''))).toContain(ENCRYPTED_TEXT);
		await pdf.destroy();
	});

	it('says bytes that are not a PDF could not be read as one', async () => {
		const result = await readPdf(
			new TextEncoder().encode('PK\u0003\u0004 a zip, not a PDF'),
			legacyPdfjs
		);

		expect(result).toEqual({ ok: false, errors: [PDF_MESSAGES.notAPdf] });
	});

	it('says a damaged PDF could not be read, without the raw error', async () => {
		const truncated = fixture('two-page-article.pdf').subarray(0, 400);

		const result = await readPdf(truncated, legacyPdfjs);

		expect(result).toEqual({ ok: false, errors: [PDF_MESSAGES.notAPdf] });
	});

	it('refuses a file over the size limit before reading it', async () => {
		const result = await readPdf(new Uint8Array(MAX_IMPORT_BYTES + 1), fakePdfjs([]));

		expect(result).toEqual({ ok: false, errors: [PDF_MESSAGES.tooLarge(MAX_IMPORT_BYTES + 1)] });
		expect(PDF_MESSAGES.tooLarge(12_345_678)).toMatch(
			/^This PDF is 12\.3 MB; Lectern reads files of up to 10 MB\./
		);
	});

	it('refuses a PDF with more text than an article may hold', async () => {
		const line = 'x'.repeat(90);
		const pages = Array.from({ length: 60 }, () =>
			Array.from(
				{ length: 50 },
				(_, index) => [line, 72, 760 - index * 14, 11] as [string, number, number, number]
			)
		);

		const result = await readPdf(fixture('two-page-article.pdf'), fakePdfjs(pages));

		expect(result).toEqual({ ok: false, errors: [PDF_MESSAGES.tooLong] });
		expect(PDF_MESSAGES.tooLong).toMatch(/more than 200,000 characters/);
	});

	it('maps PDF.js’s PasswordException to the password message and anything else to "could not be read"', async () => {
		const pdf = fixture('two-page-article.pdf');

		const locked = await readPdf(
			pdf,
			fakePdfjs([], { name: 'PasswordException', message: 'No password given' })
		);
		const broken = await readPdf(
			pdf,
			fakePdfjs([], { name: 'UnknownErrorException', message: 'bad XRef' })
		);

		expect(locked).toEqual({ ok: false, errors: [PDF_MESSAGES.password] });
		expect(broken).toEqual({ ok: false, errors: [PDF_MESSAGES.notAPdf] });
	});

	it('says the PDF reader could not be loaded when PDF.js cannot start its worker', async () => {
		const result = await readPdf(
			fixture('two-page-article.pdf'),
			fakePdfjs([], { name: 'Error', message: 'Setting up fake worker failed: "404".' })
		);

		expect(result).toEqual({ ok: false, errors: [PDF_MESSAGES.loadFailed] });
	});
});
