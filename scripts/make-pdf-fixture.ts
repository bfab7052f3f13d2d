// `npx tsx scripts/make-pdf-fixture.ts`: writes the PDF importer's fixtures to tests/fixtures/import/:
// two-page-article.pdf (an invented news article on two A5 pages, set line by line as a word
// processor would: running header and footer, page numbers, a heading, wrapped and hyphenated
// lines, a paragraph running from page 1 to page 2), scanned.pdf (a page with shapes and no text)
// and password.pdf (protected by a password). Run again after changing the article; the files are
// committed, and the same script always writes the same bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { PDFDocument, rgb } from 'pdf-lib';
import {
	BLOCKS,
	BYLINE,
	HEADER_DATE,
	RUNNING_FOOTER,
	RUNNING_HEADER,
	TITLE
} from './pdf-fixture/article';
import { encryptedPdf } from './pdf-fixture/encrypted-pdf';
import { A5, BODY, layoutArticlePdf } from './pdf-fixture/layout';

const OUT = 'tests/fixtures/import';
const FIXED_DATE = new Date('2025-03-06T09:00:00Z');

const PAGE = A5;
const COLUMN = PAGE.width - PAGE.margin.left - PAGE.margin.right;

async function articlePdf(): Promise<Uint8Array> {
	const { bytes, layout } = await layoutArticlePdf({
		title: TITLE,
		byline: BYLINE,
		blocks: BLOCKS,
		runningHeader: RUNNING_HEADER,
		headerDate: HEADER_DATE,
		runningFooter: RUNNING_FOOTER,
		paper: PAGE,
		author: 'Maya Okafor',
		creator: 'Lectern fixture script',
		date: FIXED_DATE
	});
	const { pages, paragraphsAcrossPages, hyphenatedLines } = layout;
	if (pages !== 2 || paragraphsAcrossPages !== 1 || hyphenatedLines < 2) {
		throw new Error(
			`The article no longer fits the fixture's shape (${pages} pages, ${paragraphsAcrossPages} paragraph across pages, ${hyphenatedLines} hyphenated lines): adjust its text.`
		);
	}
	return bytes;
}

/** A scan without recognised text: grey bars where the lines of text would be, and no text at all. */
async function scannedPdf(): Promise<Uint8Array> {
	const pdf = await PDFDocument.create();
	pdf.setCreationDate(FIXED_DATE);
	pdf.setModificationDate(FIXED_DATE);
	pdf.setProducer('pdf-lib');
	const page = pdf.addPage([PAGE.width, PAGE.height]);
	page.drawRectangle({
		x: 20,
		y: 20,
		width: PAGE.width - 40,
		height: PAGE.height - 40,
		color: rgb(0.96, 0.95, 0.9)
	});
	for (let y = PAGE.height - PAGE.margin.top; y > PAGE.margin.bottom; y -= BODY.leading) {
		const width = COLUMN * (0.75 + 0.25 * Math.abs(Math.sin(y)));
		page.drawRectangle({ x: PAGE.margin.left, y, width, height: 7, color: rgb(0.55, 0.55, 0.55) });
	}
	return pdf.save({ useObjectStreams: false });
}

mkdirSync(OUT, { recursive: true });
writeFileSync(`${OUT}/two-page-article.pdf`, await articlePdf());
writeFileSync(`${OUT}/scanned.pdf`, await scannedPdf());
writeFileSync(`${OUT}/password.pdf`, encryptedPdf());
console.log(`Wrote two-page-article.pdf, scanned.pdf and password.pdf to ${OUT}/`);
