// The tokenizer-only build: students' devices split assigned articles too, without the tagger.
import nlp from 'compromise/one';

/**
 * Splits a paragraph into sentences, keeping each sentence's text exactly as written so that it can
 * be quoted as evidence. compromise handles abbreviations ("Mr.", "U.S."), numbers ("2,500", "3.5%")
 * and quotes; we only trim and drop empty pieces.
 *
 * @example splitSentences('Mr. Tokayev spoke. Troops arrived.') // ['Mr. Tokayev spoke.', 'Troops arrived.']
 */
export function splitSentences(paragraph: string): string[] {
	const text = paragraph.replace(/\s+/g, ' ').trim();
	if (!text) return [];
	// Tokenizing without tagging splits sentences the same way at a tenth of the cost of a full parse.
	const sentences: string[] = nlp.tokenize(text).out('array');
	return sentences.map((s) => s.trim()).filter((s) => s.length > 0);
}
