import type { ArticleBlock } from '../../reading/article';
import type { Question } from '../../quiz/question';

/** Finds the paragraph of a sentence id or of a quoted sentence in one article. */
export interface EvidenceIndex {
	paragraphOfSentence: ReadonlyMap<string, number>;
	sentences: readonly { paragraph: number; comparable: string }[];
}

export function evidenceIndex(blocks: readonly ArticleBlock[]): EvidenceIndex {
	const paragraphOfSentence = new Map<string, number>();
	const sentences: { paragraph: number; comparable: string }[] = [];
	for (const block of blocks) {
		if (block.kind !== 'paragraph') continue;
		for (const sentence of block.sentences) {
			paragraphOfSentence.set(sentence.id, block.number);
			sentences.push({ paragraph: block.number, comparable: comparable(sentence.text) });
		}
	}
	return { paragraphOfSentence, sentences };
}

/**
 * The numbers of the paragraphs holding a question's evidence, in article order, each once.
 * Sentence ids come first; the quoted evidence is searched for only when no id names a sentence of
 * this article (hand-written questions may carry quotes alone, and a quote may be part of a sentence).
 *
 * @example evidenceParagraphs({ sentenceIds: ['p7s2'], evidence: [] }, index) // [7]
 */
export function evidenceParagraphs(
	question: Pick<Question, 'sentenceIds' | 'evidence'>,
	index: EvidenceIndex
): number[] {
	const fromIds = question.sentenceIds.flatMap((id) => {
		const paragraph = index.paragraphOfSentence.get(id);
		return paragraph === undefined ? [] : [paragraph];
	});
	const found =
		fromIds.length > 0
			? fromIds
			: question.evidence.flatMap((quote) => {
					const wanted = comparable(quote);
					const sentence = wanted
						? index.sentences.find((s) => s.comparable.includes(wanted))
						: undefined;
					return sentence ? [sentence.paragraph] : [];
				});
	return [...new Set(found)].sort((a, b) => a - b);
}

/**
 * Paragraph numbers as the key prints them.
 *
 * @example paragraphLabel([4, 7]) // '¶4, ¶7'
 */
export function paragraphLabel(paragraphs: readonly number[]): string {
	return paragraphs.length === 0
		? 'No evidence given'
		: paragraphs.map((number) => `¶${number}`).join(', ');
}

/** Quotes copied from a page may differ in case, spacing and curly quotes only. */
function comparable(text: string): string {
	return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
}
