import type { PdfjsLibrary } from '../read-pdf';

/** A page as the fake PDF.js gives it: its text runs as [text, x, y, size]. */
type FakePage = [text: string, x: number, y: number, size: number][];

/**
 * A stand-in for PDF.js whose document has the given pages, or whose loading fails with `error`:
 * for what real files cannot cheaply show (a huge text, an error PDF.js throws by name).
 */
export function fakePdfjs(
	pages: FakePage[],
	error?: { name: string; message: string }
): PdfjsLibrary {
	const pdf = {
		numPages: pages.length,
		getPage: async (number: number) => ({
			view: [0, 0, 600, 800],
			getTextContent: async () => ({
				items: (pages[number - 1] ?? []).map(([str, x, y, size]) => ({
					str,
					transform: [size, 0, 0, size, x, y],
					width: str.length * size * 0.5
				}))
			}),
			cleanup: () => true
		}),
		getMetadata: async () => ({ info: {} })
	};
	const library = {
		getDocument: () => ({
			promise: error
				? Promise.reject(Object.assign(new Error(error.message), error))
				: Promise.resolve(pdf),
			destroy: async () => undefined
		})
	};
	return library as unknown as PdfjsLibrary;
}
