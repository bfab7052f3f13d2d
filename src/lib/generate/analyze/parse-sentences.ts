import nlp from 'compromise';
import type { ArticleBlock } from '../../article/segment';
import type { ArticleSentence, Term } from '../types';

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
 * Tags every sentence of the article with compromise, parsing each paragraph once. compromise splits
 * the paragraph the way `segmentBody` did (it made the split), so its sentences line up with ours;
 * when they do not, the odd sentence is parsed on its own.
 */
export function parseSentences(blocks: readonly ArticleBlock[]): ArticleSentence[] {
	const result: ArticleSentence[] = [];
	for (const block of blocks) {
		if (block.kind !== 'paragraph') continue;
		const doc = nlp(block.sentences.map((s) => s.text).join(' ')) as unknown as ParsedDoc;
		const aligned = doc.document.length === block.sentences.length;
		block.sentences.forEach((sentence, index) => {
			const raw = aligned
				? (doc.document[index] ?? [])
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
	return result;
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
	return terms;
}
