import { wholeNumber } from '../../core/format';
import * as v from 'valibot';
import type * as Pdfjs from 'pdfjs-dist';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { MAX_ARTICLE_CHARS } from '$lib/teaching/builder';
import { MAX_IMPORT_BYTES, type ImportResult } from './imported-article';
import { pdfArticleOf } from './pdf-article';
import type { PdfPageText, PdfTextItem } from './pdf-lines';
import { rebuildPdfText } from './pdf-paragraphs';

/** The part of PDF.js readPdf uses: the browser build by default, the legacy build in Node tests. */
export type PdfjsLibrary = Pick<typeof Pdfjs, 'getDocument'>;

/** Stop reading pages once this much raw text is in: the article is already too long. */
const RAW_CHARS_LIMIT = MAX_ARTICLE_CHARS * 1.25;
/** PDF.js's VerbosityLevel.ERRORS: warnings about fonts are noise to a teacher. */
const ERRORS_ONLY = 0;
const PDF_SIGNATURE = '%PDF-';
/** PDF.js, like readers, accepts a signature anywhere in the first kilobyte. */
const SIGNATURE_WITHIN = 1024;

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1).replace(/\.0$/, '')} MB`;

export const PDF_MESSAGES = {
	tooLarge: (bytes: number) =>
		`This PDF is ${megabytes(bytes)}; Lectern reads files of up to ${megabytes(MAX_IMPORT_BYTES)}. Save only the pages with the article as a new PDF, or copy the article's text and paste it instead.`,
	notAPdf:
		'This file could not be read as a PDF: it is damaged, or not a PDF at all. Open it in a PDF reader, save a new copy, and try again, or copy the text and paste it instead.',
	password:
		'This PDF is protected by a password: open it, save a copy without a password, and try again.',
	noText:
		'This PDF has no text to read: it looks like scanned pages, which are pictures of text. Use a PDF made from the original document, or type or paste the article instead.',
	tooLong: `This PDF has more than ${wholeNumber(MAX_ARTICLE_CHARS)} characters of text; Lectern takes articles of up to ${wholeNumber(MAX_ARTICLE_CHARS)} characters (about 30,000 words). Save only the article's pages as a new PDF, or paste the article's text instead.`,
	loadFailed:
		'The PDF reader could not be loaded. Check the connection, reload the page and try again.'
};

const PdfInfoSchema = v.looseObject({ Title: v.optional(v.unknown()) });

/**
 * The article in a PDF's text: paragraphs rebuilt from the lines' positions, running headers,
 * footers and page numbers dropped, the title from the metadata or the opening heading. Never throws:
 * a file it cannot read gives a message a teacher can act on.
 * Load this module only with a dynamic import, from the teacher's builder: PDF.js is large.
 *
 * @example const result = await readPdf(new Uint8Array(await file.arrayBuffer()));
 * if (result.ok) useArticle(result.value); else show(result.errors.join(' '));
 */
export async function readPdf(bytes: Uint8Array, pdfjs?: PdfjsLibrary): Promise<ImportResult> {
	if (bytes.length > MAX_IMPORT_BYTES) return failure(PDF_MESSAGES.tooLarge(bytes.length));
	if (!hasPdfSignature(bytes)) return failure(PDF_MESSAGES.notAPdf);
	let library: PdfjsLibrary;
	try {
		library = pdfjs ?? { getDocument: (await import('./pdfjs-browser')).getDocument };
	} catch {
		return failure(PDF_MESSAGES.loadFailed);
	}
	let task: ReturnType<PdfjsLibrary['getDocument']> | undefined;
	try {
		// PDF.js hands the bytes to its worker, detaching them: give it a copy, not the caller's array.
		task = library.getDocument({
			data: bytes.slice(),
			isEvalSupported: false,
			verbosity: ERRORS_ONLY
		});
		const pdf = await task.promise;
		const pages = await readPages(pdf);
		if (!pages) return failure(PDF_MESSAGES.tooLong);
		if (!pages.some((page) => page.items.some((item) => /\p{L}/u.test(item.text)))) {
			return failure(PDF_MESSAGES.noText);
		}
		const article = pdfArticleOf(rebuildPdfText(pages), await metadataTitle(pdf));
		if (!/\p{L}/u.test(article.text)) return failure(PDF_MESSAGES.noText);
		if (article.text.length > MAX_ARTICLE_CHARS) return failure(PDF_MESSAGES.tooLong);
		return { ok: true, value: article };
	} catch (error) {
		return failure(messageFor(error));
	} finally {
		await task?.destroy().catch(() => undefined);
	}
}

function failure(message: string): ImportResult {
	return { ok: false, errors: [message] };
}

function hasPdfSignature(bytes: Uint8Array): boolean {
	const start = new TextDecoder('latin1').decode(bytes.subarray(0, SIGNATURE_WITHIN));
	return start.includes(PDF_SIGNATURE);
}

function messageFor(error: unknown): string {
	const name = error instanceof Object && 'name' in error ? error.name : '';
	const message = error instanceof Object && 'message' in error ? String(error.message) : '';
	if (name === 'PasswordException') return PDF_MESSAGES.password;
	// PDF.js's own words when its worker script could not be fetched or run: not the file's fault.
	if (message.startsWith('Setting up fake worker failed')) return PDF_MESSAGES.loadFailed;
	return PDF_MESSAGES.notAPdf;
}

/** Every page's text runs, or undefined once there is far more text than an article may hold. */
async function readPages(pdf: PDFDocumentProxy): Promise<PdfPageText[] | undefined> {
	const pages: PdfPageText[] = [];
	let characters = 0;
	for (let number = 1; number <= pdf.numPages; number += 1) {
		const page = await pdf.getPage(number);
		const [left = 0, bottom = 0, , top = 0] = page.view;
		const content = await page.getTextContent();
		const items = content.items.flatMap((item) =>
			'str' in item ? [textItemOf(item, left, bottom)] : []
		);
		page.cleanup();
		characters += items.reduce((sum, item) => sum + item.text.length, 0);
		if (characters > RAW_CHARS_LIMIT) return undefined;
		pages.push({ height: top - bottom, items });
	}
	return pages;
}

/** A run's position relative to the page's bottom-left corner; its size from the text matrix. */
function textItemOf(item: TextItem, pageLeft: number, pageBottom: number): PdfTextItem {
	const [, , c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
	return {
		text: item.str,
		x: x - pageLeft,
		y: y - pageBottom,
		width: item.width,
		fontSize: Math.hypot(c, d)
	};
}

async function metadataTitle(pdf: PDFDocumentProxy): Promise<string | undefined> {
	const metadata = await pdf.getMetadata().catch(() => undefined);
	const info = v.safeParse(PdfInfoSchema, metadata?.info);
	const title = info.success ? info.output.Title : undefined;
	return typeof title === 'string' ? title : undefined;
}
