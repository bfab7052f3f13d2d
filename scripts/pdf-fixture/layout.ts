// An article set on pages as a word processor sets it: the title and byline, then paragraphs
// wrapped line by line (hyphenated at "|" marks), headings in a larger bold face, a first-line
// indent except after a heading, and a running header, footer and page number on every page.
// Used for the PDF importer's fixture (make-pdf-fixture.ts) and for import-parity.ts.
import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Block } from './article';
import { wrap } from './wrap';

export interface Paper {
	width: number;
	height: number;
	margin: { left: number; right: number; top: number; bottom: number };
}

/** A5 portrait, in points: an article takes two or three pages. */
export const A5: Paper = {
	width: 420,
	height: 595,
	margin: { left: 64, right: 64, top: 72, bottom: 64 }
};
/** A4 with a word processor's usual one-inch margins: a news article fits on one page. */
export const A4: Paper = {
	width: 595,
	height: 842,
	margin: { left: 72, right: 72, top: 80, bottom: 72 }
};

export const BODY = { size: 11, leading: 14.5, indent: 16 };
const HEADING = { size: 14, before: 10, after: 6 };
const TITLE_STYLE = { size: 19, leading: 23 };
const INK = rgb(0.1, 0.1, 0.1);
const GREY = rgb(0.35, 0.35, 0.35);

interface PdfArticle {
	title: string;
	byline: string;
	blocks: readonly Block[];
	runningHeader: string;
	headerDate: string;
	runningFooter: string;
	paper: Paper;
	/** The file's own metadata; the date makes every run write the same bytes. */
	author: string;
	creator?: string;
	date: Date;
}

/** What the layout put in the importer's way. */
export interface PdfLayout {
	pages: number;
	/** Lines ending inside a word, at a "|" mark, with a hyphen added. */
	hyphenatedLines: number;
	/** Lines ending at a compound's own hyphen ("bi-"), which must stay. */
	compoundBreaks: number;
	paragraphsAcrossPages: number;
}

export async function layoutArticlePdf(
	article: PdfArticle
): Promise<{ bytes: Uint8Array; layout: PdfLayout }> {
	const { paper } = article;
	const { margin } = paper;
	const column = paper.width - margin.left - margin.right;
	const pdf = await PDFDocument.create();
	pdf.setTitle(article.title);
	pdf.setAuthor(article.author);
	if (article.creator) pdf.setCreator(article.creator);
	pdf.setProducer('pdf-lib');
	pdf.setCreationDate(article.date);
	pdf.setModificationDate(article.date);
	const serif = await pdf.embedFont(StandardFonts.TimesRoman);
	const sans = await pdf.embedFont(StandardFonts.Helvetica);
	const sansBold = await pdf.embedFont(StandardFonts.HelveticaBold);

	const pages: PDFPage[] = [pdf.addPage([paper.width, paper.height])];
	let y = paper.height - margin.top;
	const draw = (text: string, x: number, font: PDFFont, size: number) =>
		pages.at(-1)!.drawText(text, { x, y, font, size, color: INK });

	const titleWidth = (text: string) => sansBold.widthOfTextAtSize(text, TITLE_STYLE.size);
	for (const line of wrap(article.title, titleWidth, column, column)) {
		draw(line.text, margin.left, sansBold, TITLE_STYLE.size);
		y -= TITLE_STYLE.leading;
	}
	y -= 2;
	draw(article.byline, margin.left, sans, 9);
	y -= 26;

	const layout: PdfLayout = {
		pages: 0,
		hyphenatedLines: 0,
		compoundBreaks: 0,
		paragraphsAcrossPages: 0
	};
	const bodyWidth = (text: string) => serif.widthOfTextAtSize(text, BODY.size);
	let afterHeading = true;
	for (const block of article.blocks) {
		if ('heading' in block) {
			y -= HEADING.before;
			draw(block.heading, margin.left, sansBold, HEADING.size);
			y -= HEADING.size + HEADING.after;
			afterHeading = true;
			continue;
		}
		// Print convention: no indent on the first paragraph of a section.
		const indent = afterHeading ? 0 : BODY.indent;
		afterHeading = false;
		wrap(block.paragraph, bodyWidth, column - indent, column).forEach((line, index) => {
			if (y < margin.bottom) {
				pages.push(pdf.addPage([paper.width, paper.height]));
				y = paper.height - margin.top;
				if (index > 0) layout.paragraphsAcrossPages += 1;
			}
			draw(line.text, margin.left + (index === 0 ? indent : 0), serif, BODY.size);
			if (line.hyphenated) layout.hyphenatedLines += 1;
			else if (line.text.endsWith('-')) layout.compoundBreaks += 1;
			y -= BODY.leading;
		});
	}
	pages.forEach((page, index) =>
		drawRunningText(page, article, `Page ${index + 1} of ${pages.length}`, sans)
	);
	layout.pages = pages.length;
	return { bytes: await pdf.save({ useObjectStreams: false }), layout };
}

function drawRunningText(page: PDFPage, article: PdfArticle, pageNumber: string, font: PDFFont) {
	const size = 8;
	const { paper } = article;
	const { margin } = paper;
	const headerY = paper.height - 40;
	const rightAligned = (text: string) =>
		paper.width - margin.right - font.widthOfTextAtSize(text, size);
	const { runningHeader, headerDate, runningFooter } = article;
	page.drawText(runningHeader, { x: margin.left, y: headerY, font, size, color: GREY });
	page.drawText(headerDate, { x: rightAligned(headerDate), y: headerY, font, size, color: GREY });
	page.drawLine({
		start: { x: margin.left, y: headerY - 5 },
		end: { x: paper.width - margin.right, y: headerY - 5 },
		thickness: 0.5,
		color: GREY
	});
	page.drawText(runningFooter, { x: margin.left, y: 36, font, size, color: GREY });
	page.drawText(pageNumber, { x: rightAligned(pageNumber), y: 36, font, size, color: GREY });
}
