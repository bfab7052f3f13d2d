import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportResult } from './imported-article';
import { importFile, importPastedHtml, type FileToImport } from './import-file';
import { fixture, parseHtml } from './testing/jsdom';

const readPdf = vi.hoisted(() => vi.fn<(bytes: Uint8Array) => Promise<ImportResult>>());
vi.mock('./read-pdf', () => ({ readPdf }));

beforeEach(() => {
	readPdf.mockReset();
	readPdf.mockResolvedValue({ ok: true, value: { text: 'From the PDF.', dropped: [] } });
});

/** A chosen file as the builder gets it: a name, a size, a type the browser may leave empty. */
function fileOf(name: string, content: string | Uint8Array, type = ''): FileToImport {
	const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
	return { name, type, size: bytes.length, arrayBuffer: async () => bytes.slice().buffer };
}

async function imported(file: FileToImport) {
	const result = await importFile(file, parseHtml);
	if (!result.ok) throw new Error(`expected an article, got: ${result.errors.join(' ')}`);
	return result.value;
}

async function problem(file: FileToImport): Promise<string> {
	const result = await importFile(file, parseHtml);
	if (result.ok) throw new Error('expected a problem, got an article');
	return result.errors.join(' ');
}

describe('importFile picks the reader by the file’s kind', () => {
	it('reads a .txt or .md file as it is, its first line as the title', async () => {
		const article = await imported(fileOf('floods.md', 'Floods close the port\n\nThe port shut.'));
		expect(article.text).toBe('Floods close the port\n\nThe port shut.');
		expect(article.title).toBe('Floods close the port');
		expect(article.dropped).toEqual([]);
	});

	it('reads a saved .html page with Readability', async () => {
		const article = await imported(fileOf('news.HTM', new Uint8Array(fixture('news-page.html'))));
		expect(article.title).toBe('Millbrook opens flood park on old rail yard');
		expect(article.text).not.toContain('Comments');
		expect(article.dropped.length).toBeGreaterThan(5);
	});

	it('reads a .docx with mammoth', async () => {
		const article = await imported(
			fileOf('audit.docx', new Uint8Array(fixture('water-audit.docx')))
		);
		expect(article.title).toBe('Our school’s water audit');
	});

	it('sends a .pdf to the PDF reader with the file’s bytes', async () => {
		const article = await imported(fileOf('handout.pdf', '%PDF-1.7 …'));
		expect(article.text).toBe('From the PDF.');
		expect(readPdf).toHaveBeenCalledOnce();
		expect(new TextDecoder().decode(readPdf.mock.calls[0]![0])).toBe('%PDF-1.7 …');
	});

	it('goes by the browser’s type, then by the first bytes, when the name has no extension', async () => {
		expect((await imported(fileOf('download', '%PDF-1.4 x'))).text).toBe('From the PDF.');
		const page = `<!DOCTYPE html><html><body><article><p>${'The port closed after the rain. '.repeat(10)}</p></article></body></html>`;
		expect((await imported(fileOf('page', page))).text).toContain('The port closed');
		expect((await imported(fileOf('notes', 'Plain notes.', 'text/plain'))).text).toBe(
			'Plain notes.'
		);
	});

	it('names the PDF in the PDF reader’s own message', async () => {
		readPdf.mockResolvedValue({ ok: false, errors: ['This PDF is protected by a password.'] });
		expect(await problem(fileOf('locked.pdf', '%PDF-1.7'))).toBe(
			'Could not import “locked.pdf”. This PDF is protected by a password.'
		);
	});

	it('decodes a page saved as windows-1252, as its <meta charset> says', async () => {
		const words = 'Le café du port a fermé après la pluie, disent les pêcheurs du quai. ';
		const latin = Uint8Array.from(
			`<html><head><meta charset="windows-1252"></head><body><article><p>${words.repeat(6)}</p></article></body></html>`,
			(char) => char.charCodeAt(0)
		);
		expect((await imported(fileOf('cafe.html', latin))).text).toContain('Le café du port a fermé');
	});
});

describe('importFile says plainly what went wrong', () => {
	it('refuses a file over 10 MB before reading it', async () => {
		const file = { ...fileOf('big.pdf', '%PDF'), size: 12_400_000 };
		file.arrayBuffer = () => Promise.reject(new Error('must not be read'));
		expect(await problem(file)).toBe(
			'“big.pdf” is 12.4 MB; Lectern reads files of up to 10 MB. Save only the article as a smaller file, or copy its text and paste it into the article box.'
		);
	});

	it('refuses a file of another kind, saying which kinds it reads', async () => {
		const message = await problem(fileOf('photo.jpg', new Uint8Array([0xff, 0xd8, 0xff])));
		expect(message).toMatch(
			/^Could not import “photo\.jpg”\. It is not a kind of file Lectern can read\./
		);
		expect(message).toContain('Word documents (.docx)');
	});

	it('tells how to save an old .doc file as .docx', async () => {
		expect(await problem(fileOf('essay.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0])))).toMatch(
			/older Word format \(\.doc\).*save it as a Word document \(\.docx\)/
		);
	});

	it('says a .docx that is not one could not be read, naming it', async () => {
		expect(await problem(fileOf('renamed.docx', 'plain text'))).toMatch(
			/^Could not import “renamed\.docx”\. This is not a Word document Lectern can read/
		);
	});

	it('says an empty file or a text file of blank lines is empty', async () => {
		expect(await problem(fileOf('empty.txt', ''))).toBe(
			'“empty.txt” is empty: choose the file that holds the article.'
		);
		expect(await problem(fileOf('blank.txt', '\n \n'))).toBe(
			'Could not import “blank.txt”. It has no text in it.'
		);
	});

	it('refuses text over 200,000 characters, saying how long it is', async () => {
		expect(await problem(fileOf('novel.txt', 'word '.repeat(50_000)))).toMatch(
			/^“novel\.txt” holds 250,000 characters of text; Lectern takes articles of up to 200,000 characters/
		);
	});

	it('says a file that cannot be opened could not be opened', async () => {
		const file = {
			...fileOf('gone.txt', 'x'),
			arrayBuffer: () => Promise.reject(new Error('NotReadableError'))
		};
		expect(await problem(file)).toMatch(/^“gone\.txt” could not be opened\./);
	});

	it('turns a reader’s unforeseen failure into a message, never an exception', async () => {
		readPdf.mockRejectedValue(new TypeError('x is undefined'));
		expect(await problem(fileOf('odd.pdf', '%PDF-1.7'))).toMatch(
			/^Could not import “odd\.pdf”\. It could not be read/
		);
	});
});

describe('importPastedHtml', () => {
	it('reads pasted HTML as a web page, ignoring a <meta charset> that no longer applies', async () => {
		const words = 'Le café du port a fermé après la pluie. ';
		const html = `<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>${words.repeat(8)}</p>`;
		const result = await importPastedHtml(html, parseHtml);
		expect(result.ok && result.value.text).toContain('Le café du port a fermé');
	});

	it('says plainly when the pasted HTML has no article', async () => {
		expect(await importPastedHtml('<img src="x.png">', parseHtml)).toEqual({
			ok: false,
			errors: [
				expect.stringMatching(/^Could not import the pasted page\. No article text was found/)
			]
		});
	});
});
