// `npx tsx scripts/make-pdf-fixture.ts`: writes the PDF importer's fixtures to tests/fixtures/import/:
// two-page-article.pdf (an invented news article on two A5 pages, set line by line as a word
// processor would: running header and footer, page numbers, a heading, wrapped and hyphenated
// lines, a paragraph running from page 1 to page 2), scanned.pdf (a page with shapes and no text)
// and password.pdf (protected by a password). Run again after changing the article; the files are
// committed, and the same script always writes the same bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import {
	BLOCKS,
	BYLINE,
	HEADER_DATE,
	RUNNING_FOOTER,
	RUNNING_HEADER,
	TITLE
} from './pdf-fixture/article';
import { encryptedPdf } from './pdf-fixture/encrypted-pdf';
import { wrap } from './pdf-fixture/wrap';

const OUT = 'tests/fixtures/import';
const FIXED_DATE = new Date('2025-03-06T09:00:00Z');

/** A5 portrait, in points. */
const PAGE = { width: 420, height: 595 };
const MARGIN = { left: 64, right: 64, top: 72, bottom: 64 };
const BODY = { size: 11, leading: 14.5, indent: 16 };
const HEADING = { size: 14, before: 10, after: 6 };
const TITLE_STYLE = { size: 19, leading: 23 };
const COLUMN = PAGE.width - MARGIN.left - MARGIN.right;

async function articlePdf(): Promise<Uint8Array> {
	const pdf = await PDFDocument.create();
	pdf.setTitle(TITLE);
	pdf.setAuthor('Maya Okafor');
	pdf.setCreator('Lectern fixture script');
	pdf.setProducer('pdf-lib');
	pdf.setCreationDate(FIXED_DATE);
	pdf.setModificationDate(FIXED_DATE);
	const serif = await pdf.embedFont(StandardFonts.TimesRoman);
	const sans = await pdf.embedFont(StandardFonts.Helvetica);
	const sansBold = await pdf.embedFont(StandardFonts.HelveticaBold);

	const pages: PDFPage[] = [];
	let page = pdf.addPage([PAGE.width, PAGE.height]);
	pages.push(page);
	let y = PAGE.height - MARGIN.top;
	const draw = (text: string, x: number, font: PDFFont, size: number) =>
		page.drawText(text, { x, y, font, size, color: rgb(0.1, 0.1, 0.1) });

	for (const line of wrap(
		TITLE,
		(text) => sansBold.widthOfTextAtSize(text, TITLE_STYLE.size),
		COLUMN,
		COLUMN
	)) {
		draw(line.text, MARGIN.left, sansBold, TITLE_STYLE.size);
		y -= TITLE_STYLE.leading;
	}
	y -= 2;
	draw(BYLINE, MARGIN.left, sans, 9);
	y -= 26;

	let hyphenatedLines = 0;
	let paragraphsAcrossPages = 0;
	let afterHeading = true;
	for (const block of BLOCKS) {
		if ('heading' in block) {
			y -= HEADING.before;
			draw(block.heading, MARGIN.left, sansBold, HEADING.size);
			y -= HEADING.size + HEADING.after;
			afterHeading = true;
			continue;
		}
		// Print convention: no indent on the first paragraph of a section.
		const indent = afterHeading ? 0 : BODY.indent;
		afterHeading = false;
		const width = (text: string) => serif.widthOfTextAtSize(text, BODY.size);
		const lines = wrap(block.paragraph, width, COLUMN - indent, COLUMN);
		lines.forEach((line, index) => {
			if (y < MARGIN.bottom) {
				page = pdf.addPage([PAGE.width, PAGE.height]);
				pages.push(page);
				y = PAGE.height - MARGIN.top;
				if (index > 0) paragraphsAcrossPages += 1;
			}
			draw(line.text, MARGIN.left + (index === 0 ? indent : 0), serif, BODY.size);
			if (line.hyphenated) hyphenatedLines += 1;
			y -= BODY.leading;
		});
	}

	pages.forEach((each, index) => drawRunningText(each, index + 1, pages.length, sans));
	if (pages.length !== 2 || paragraphsAcrossPages !== 1 || hyphenatedLines < 2) {
		throw new Error(
			`The article no longer fits the fixture's shape (${pages.length} pages, ${paragraphsAcrossPages} paragraph across pages, ${hyphenatedLines} hyphenated lines): adjust its text.`
		);
	}
	return pdf.save({ useObjectStreams: false });
}

function drawRunningText(page: PDFPage, number: number, count: number, font: PDFFont): void {
	const size = 8;
	const grey = rgb(0.35, 0.35, 0.35);
	const headerY = PAGE.height - 40;
	const rightAligned = (text: string) =>
		PAGE.width - MARGIN.right - font.widthOfTextAtSize(text, size);
	page.drawText(RUNNING_HEADER, { x: MARGIN.left, y: headerY, font, size, color: grey });
	page.drawText(HEADER_DATE, { x: rightAligned(HEADER_DATE), y: headerY, font, size, color: grey });
	page.drawLine({
		start: { x: MARGIN.left, y: headerY - 5 },
		end: { x: PAGE.width - MARGIN.right, y: headerY - 5 },
		thickness: 0.5,
		color: grey
	});
	page.drawText(RUNNING_FOOTER, { x: MARGIN.left, y: 36, font, size, color: grey });
	const pageNumber = `Page ${number} of ${count}`;
	page.drawText(pageNumber, { x: rightAligned(pageNumber), y: 36, font, size, color: grey });
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
	for (let y = PAGE.height - MARGIN.top; y > MARGIN.bottom; y -= BODY.leading) {
		const width = COLUMN * (0.75 + 0.25 * Math.abs(Math.sin(y)));
		page.drawRectangle({ x: MARGIN.left, y, width, height: 7, color: rgb(0.55, 0.55, 0.55) });
	}
	return pdf.save({ useObjectStreams: false });
}

mkdirSync(OUT, { recursive: true });
writeFileSync(`${OUT}/two-page-article.pdf`, await articlePdf());
writeFileSync(`${OUT}/scanned.pdf`, await scannedPdf());
writeFileSync(`${OUT}/password.pdf`, encryptedPdf());
console.log(`Wrote two-page-article.pdf, scanned.pdf and password.pdf to ${OUT}/`);
