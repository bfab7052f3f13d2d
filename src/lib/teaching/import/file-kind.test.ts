import { describe, expect, it } from 'vitest';
import { fileKind, unreadableKindAdvice } from './file-kind';

const bytes = (text: string) => new TextEncoder().encode(text);
const none = new Uint8Array();

describe('fileKind', () => {
	it('goes by the extension, whatever its case', () => {
		expect(fileKind('a.TXT', '', none)).toBe('text');
		expect(fileKind('a.markdown', '', none)).toBe('text');
		expect(fileKind('a.Htm', '', none)).toBe('html');
		expect(fileKind('a.docx', '', none)).toBe('docx');
		expect(fileKind('a.pdf', '', none)).toBe('pdf');
	});

	it('trusts the extension over the browser’s type and the first bytes', () => {
		expect(fileKind('notes.txt', 'application/pdf', bytes('%PDF-1.7'))).toBe('text');
	});

	it('goes by the browser’s type when the name has no known extension', () => {
		expect(fileKind('download', 'text/html; charset=utf-8', none)).toBe('html');
		expect(
			fileKind('x', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', none)
		).toBe('docx');
	});

	it('recognises a PDF or a web page by its first bytes, as a last resort', () => {
		expect(fileKind('scan', '', bytes('%PDF-1.4\n'))).toBe('pdf');
		expect(fileKind('page', '', bytes('\n  <!DOCTYPE html><html>'))).toBe('html');
		expect(fileKind('page', '', bytes('<HTML lang="en">'))).toBe('html');
	});

	it('reads neither pictures nor files it has advice for, even with a text type', () => {
		expect(fileKind('photo.jpg', 'image/jpeg', bytes('\xff\xd8'))).toBeUndefined();
		expect(fileKind('essay.doc', 'text/plain', none)).toBeUndefined();
	});
});

describe('unreadableKindAdvice', () => {
	it('tells what to do with an older Word, OpenDocument or web archive file', () => {
		expect(unreadableKindAdvice('essay.DOC')).toMatch(/older Word format/);
		expect(unreadableKindAdvice('essay.odt')).toMatch(
			/Save it as a Word document \(\.docx\) or a PDF/
		);
		expect(unreadableKindAdvice('page.mhtml')).toMatch(/HTML only/);
	});

	it('lists the kinds it reads for any other file', () => {
		expect(unreadableKindAdvice('song.mp3')).toBe(
			'It is not a kind of file Lectern can read. Lectern reads web pages (.html), Word documents (.docx), PDFs, and text or Markdown files (.txt, .md).'
		);
	});
});
