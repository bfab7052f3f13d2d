import { wholeNumber } from '../../core/format';
import { MAX_ARTICLE_CHARS, titleFromText } from '$lib/teaching/builder';

import { decodeHtml, decodeText } from './decode-text';
import { fileKind, unreadableKindAdvice, type FileKind } from './file-kind';
import { MAX_IMPORT_BYTES, type ImportResult } from './imported-article';
import type { ParseHtml } from './parse-html';

/** What the builder needs of a chosen or dropped file (a browser `File` is one). */
export interface FileToImport {
	name: string;
	size: number;
	/** The type the browser gives the file ("application/pdf"), often empty. */
	type: string;
	arrayBuffer(): Promise<ArrayBuffer>;
}

/** A file's bytes, or HTML already as text (pasted: its `<meta charset>` no longer applies). */
type ReaderInput = { bytes: Uint8Array; html?: undefined } | { bytes?: undefined; html: string };
type Reader = (input: ReaderInput, parseHtml: ParseHtml) => Promise<ImportResult>;

/**
 * Each reader with its library loads only when a file of its kind arrives, in its own chunk: no
 * student page, and no teacher who only pastes text, downloads Readability, mammoth or PDF.js.
 */
const LOAD_READER: Record<FileKind, () => Promise<Reader>> = {
	text: async () => async (input) => readText(input.html ?? decodeText(input.bytes)),
	html: async () => {
		const { readHtml } = await import('./read-html');
		return async (input, parseHtml) => readHtml(parseHtml(input.html ?? decodeHtml(input.bytes)));
	},
	docx: async () => {
		const { readDocx } = await import('./read-docx');
		return (input, parseHtml) => readDocx(input.bytes ?? new Uint8Array(), parseHtml);
	},
	pdf: async () => {
		const { readPdf } = await import('./read-pdf');
		return (input) => readPdf(input.bytes ?? new Uint8Array());
	}
};

const READER_NAMES: Record<FileKind, string> = {
	text: 'text files',
	html: 'web pages',
	docx: 'Word documents',
	pdf: 'PDF files'
};

const PASTED = 'the pasted page';
const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1).replace(/\.0$/, '')} MB`;
const failure = (message: string): ImportResult => ({ ok: false, errors: [message] });

/**
 * Reads a file the teacher chose or dropped into an article, with the reader for its kind (web
 * page, Word, PDF, text or Markdown). Never throws: a file of another kind, over 10 MB, damaged,
 * or giving over 200,000 characters of text gives a message naming the file and what to do.
 *
 * @example
 * const result = await importFile(file, (html) => new DOMParser().parseFromString(html, 'text/html'));
 * if (result.ok) showArticle(result.value); else showProblem(result.errors.join(' '));
 */
export async function importFile(file: FileToImport, parseHtml: ParseHtml): Promise<ImportResult> {
	const name = `“${file.name}”`;
	if (file.size > MAX_IMPORT_BYTES) {
		return failure(
			`${name} is ${megabytes(file.size)}; Lectern reads files of up to ${megabytes(MAX_IMPORT_BYTES)}. Save only the article as a smaller file, or copy its text and paste it into the article box.`
		);
	}
	if (file.size === 0) return failure(`${name} is empty: choose the file that holds the article.`);
	let bytes: Uint8Array;
	try {
		bytes = new Uint8Array(await file.arrayBuffer());
	} catch {
		return failure(
			`${name} could not be opened. If it is on a network drive or in a cloud folder, copy it to this device first.`
		);
	}
	const kind = fileKind(file.name, file.type, bytes.subarray(0, 1024));
	if (!kind) return failure(`Could not import ${name}. ${unreadableKindAdvice(file.name)}`);
	return readWith(kind, name, { bytes }, parseHtml);
}

/**
 * Reads HTML the teacher pasted (the clipboard's `text/html`, from a browser or Word) as a web page.
 *
 * @example await importPastedHtml(event.clipboardData.getData('text/html'), parseHtml)
 */
export async function importPastedHtml(html: string, parseHtml: ParseHtml): Promise<ImportResult> {
	if (html.length > MAX_IMPORT_BYTES) {
		return failure(
			`The pasted page is over ${megabytes(MAX_IMPORT_BYTES)}: copy only the article’s text and paste it again.`
		);
	}
	return readWith('html', PASTED, { html }, parseHtml);
}

async function readWith(
	kind: FileKind,
	name: string,
	input: ReaderInput,
	parseHtml: ParseHtml
): Promise<ImportResult> {
	let read: Reader;
	try {
		read = await LOAD_READER[kind]();
	} catch {
		return failure(
			`The reader for ${READER_NAMES[kind]} could not be loaded. Are you offline? Open this page once online first.`
		);
	}
	let result: ImportResult;
	try {
		result = await read(input, parseHtml);
	} catch {
		// Readers return their own messages; this is for a library failing in a way they did not foresee.
		result = failure(
			'It could not be read: it may be damaged. Save it again, or copy its text and paste it into the article box.'
		);
	}
	if (!result.ok) return failure(`Could not import ${name}. ${result.errors.join(' ')}`);
	const chars = result.value.text.length;
	if (chars > MAX_ARTICLE_CHARS) {
		return failure(
			`${name === PASTED ? 'The pasted page' : name} holds ${wholeNumber(chars)} characters of text; Lectern takes articles of up to ${wholeNumber(MAX_ARTICLE_CHARS)} characters (about 30,000 words). Keep only the article itself, or split it into several modules.`
		);
	}
	return result;
}

function readText(text: string): ImportResult {
	if (!text.trim()) return failure('It has no text in it.');
	return { ok: true, value: { text, title: titleFromText(text), dropped: [] } };
}
