import { GenerationError } from './errors';
import { plural } from '../../core/format';

/** Fewer words than this cannot carry enough facts for a quiz. */
export const MIN_WORDS = 25;

/**
 * Rejects what is not article text before any parsing: empty input, binary data (NUL bytes, many
 * control or replacement characters, image signatures). Throws a `GenerationError`.
 */
export function checkInput(text: unknown): string {
	if (typeof text !== 'string')
		throw new GenerationError(
			'not-text',
			'The input is not text. Paste the article as plain text.'
		);
	if (!text.trim())
		throw new GenerationError(
			'empty',
			'The article is empty. Paste the text of a news article to generate questions.'
		);
	const sample = text.slice(0, 20_000);
	const controls = [...sample].filter((ch) => {
		const code = ch.charCodeAt(0);
		return (
			code === 0xfffd ||
			code === 0x7f ||
			(code < 0x20 && code !== 9 && code !== 10 && code !== 13 && code !== 12 && code !== 11)
		);
	}).length;
	if (
		sample.includes('\u0000') ||
		/^\u0089PNG|^GIF8|^\u00ff\u00d8\u00ff|^%PDF/.test(sample) ||
		controls / sample.length > 0.01
	) {
		throw new GenerationError(
			'not-text',
			'The input looks like a binary file (an image or a document), not text. Paste or choose a plain-text article.'
		);
	}
	return text;
}

export function tooShort(words: number): GenerationError {
	return new GenerationError(
		'too-short',
		`The article is too short to make a quiz: it has ${plural(words, 'word')} of article text; at least ${MIN_WORDS} are needed.`
	);
}
