import nlp from 'compromise';
import type { ArticleBlock } from '../../article';
import type { ArticleSentence, Term } from '../types';
import { markNamesOpeningSentences, repairTags } from './tag-repairs';

interface RawTerm {
	text: string;
	pre: string;
	post: string;
	normal: string;
	tags: Set<string>;
}

/** compromise keeps its parsed terms here; reading them avoids a costly `.json()` per sentence. */
interface ParsedDoc {
	document: RawTerm[][];
}

/**
 * Tags every sentence of the article with compromise in one pass over the whole text: one call costs
 * far less than one per paragraph, and compromise tags each sentence on its own, so the tags are the
 * same. compromise splits the text the way `segmentBody` did (it made the split), so its sentences
 * line up with ours; when they do not, each paragraph is parsed on its own, and failing that the odd
 * sentence.
 */
export function parseSentences(blocks: readonly ArticleBlock[]): ArticleSentence[] {
	const paragraphs = blocks.flatMap((block) => (block.kind === 'paragraph' ? [block] : []));
	const whole = (
		nlp(
			paragraphs.map((p) => p.sentences.map((s) => s.text).join(' ')).join('\n\n')
		) as unknown as ParsedDoc
	).document;
	const total = paragraphs.reduce((sum, p) => sum + p.sentences.length, 0);
	const result: ArticleSentence[] = [];
	for (const block of paragraphs) {
		const own =
			whole.length === total
				? undefined
				: (nlp(block.sentences.map((s) => s.text).join(' ')) as unknown as ParsedDoc).document;
		const aligned = own === undefined || own.length === block.sentences.length;
		block.sentences.forEach((sentence, index) => {
			const raw =
				own === undefined
					? (whole[result.length] ?? [])
					: aligned
						? (own[index] ?? [])
						: (nlp(sentence.text) as unknown as ParsedDoc).document.flat();
			result.push({
				id: sentence.id,
				text: sentence.text,
				paragraph: block.number,
				position: result.length,
				terms: locateTerms(sentence.text, raw),
				isQuestion: sentence.text.includes('?')
			});
		});
	}
	return markNamesOpeningSentences(result);
}

function locateTerms(text: string, raw: readonly RawTerm[]): Term[] {
	const terms: Term[] = [];
	let cursor = 0;
	for (const term of raw) {
		if (!term.text) continue;
		const found = text.indexOf(term.text, cursor);
		const start = found >= 0 ? found : cursor;
		const end = found >= 0 ? start + term.text.length : cursor;
		cursor = end;
		terms.push({
			text: term.text,
			pre: term.pre,
			post: term.post,
			normal: term.normal,
			tags: term.tags,
			start,
			end
		});
	}
	return repairTags(terms);
}
