import type { ArticleBlock } from '../article';
import { colemanLiauIndex, fleschKincaidGrade } from './formulas';
import type { ReadingLevel } from './schema';
import { syllablesIn } from './syllables';
import { letterCount, wordsOf } from './words';

/**
 * An article's reading level from its sentences, as the app's own splitter made them (abbreviations
 * such as "Mr." and "U.S." do not end a sentence there). A sentence without a word ("—") is not
 * counted; one without a full stop at the end still is.
 *
 * @example measureSentences(['The cat sat on the mat.']) // { words: 6, sentences: 1, fleschKincaidGrade: -1.4, … }
 */
export function measureSentences(sentences: readonly string[]): ReadingLevel {
	let words = 0;
	let counted = 0;
	let syllables = 0;
	let letters = 0;
	for (const sentence of sentences) {
		const inSentence = wordsOf(sentence);
		if (inSentence.length === 0) continue;
		counted += 1;
		words += inSentence.length;
		for (const word of inSentence) {
			syllables += syllablesIn(word);
			letters += letterCount(word);
		}
	}
	if (words === 0) {
		return { words: 0, sentences: 0, fleschKincaidGrade: null, colemanLiauIndex: null };
	}
	return {
		words,
		sentences: counted,
		fleschKincaidGrade: oneDecimal(fleschKincaidGrade(words / counted, syllables / words)),
		colemanLiauIndex: oneDecimal(colemanLiauIndex((letters / words) * 100, (counted / words) * 100))
	};
}

/**
 * The reading level of an article's paragraphs. Headings are left out, as from the word count:
 * they are not sentences, and would shorten the average sentence.
 *
 * @example measureBlocks(segmentBody(body)).words // 1180
 */
export function measureBlocks(blocks: readonly ArticleBlock[]): ReadingLevel {
	return measureSentences(
		blocks.flatMap((block) =>
			block.kind === 'paragraph' ? block.sentences.map((sentence) => sentence.text) : []
		)
	);
}

// Stored values stay well inside the schema's range whatever the text: a 10,000-word sentence
// would otherwise give a Flesch–Kincaid grade in the thousands.
const oneDecimal = (value: number) => Math.round(Math.min(999, Math.max(-99, value)) * 10) / 10;
