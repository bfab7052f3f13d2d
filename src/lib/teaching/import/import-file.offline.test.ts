import { describe, expect, it, vi } from 'vitest';
import { importFile, importPastedHtml } from './import-file';
import { parseHtml } from './testing/jsdom';

// As when the teacher is offline and the reader's chunk was never downloaded.
vi.mock('./read-html', () => {
	throw new Error('Failed to fetch dynamically imported module');
});
vi.mock('./read-docx', () => {
	throw new Error('Failed to fetch dynamically imported module');
});

const fileOf = (name: string, text: string) => {
	const bytes = new TextEncoder().encode(text);
	return { name, type: '', size: bytes.length, arrayBuffer: async () => bytes.slice().buffer };
};

describe('importFile when a reader cannot be loaded', () => {
	it('says the reader for the file’s kind could not be loaded, and what to do', async () => {
		expect(await importFile(fileOf('audit.docx', 'PK\u0003\u0004'), parseHtml)).toEqual({
			ok: false,
			errors: [
				'The reader for Word documents could not be loaded. Are you offline? Open this page once online first.'
			]
		});
		expect(await importPastedHtml('<p>Text</p>', parseHtml)).toEqual({
			ok: false,
			errors: [
				'The reader for web pages could not be loaded. Are you offline? Open this page once online first.'
			]
		});
	});

	it('still reads text files, which need no reader to load', async () => {
		const result = await importFile(fileOf('notes.txt', 'The port shut.'), parseHtml);
		expect(result.ok && result.value.text).toBe('The port shut.');
	});
});
