import { segmentBody, sentencesOf } from '../../reading/article';
import type { Question } from '../../quiz/question';
import { parsedError, parsedOk, type Parsed } from '../../core/validation';

/**
 * Questions as carried in a share link: the same keys as `Question`, minus what the decoder can
 * restore exactly. `evidence` is left out when it equals the article's sentences named by
 * `sentenceIds`; fields equal to their default are left out.
 *
 * The defaults restored here are frozen for link format 1, written out rather than taken from the
 * question schema: if a schema default ever changes, old links must still mean what they meant.
 */
export type CompactQuestion = {
	[key: string]: unknown;
	evidence?: string[];
	sentenceIds?: string[];
};

const TRUE_FALSE = ['True', 'False'] as const;

/** Sentence text by id (e.g. "p4s2") for an article body, as `segmentBody` numbers them. */
export type SentenceTexts = ReadonlyMap<string, string>;

export function sentenceTextsOf(body: string): SentenceTexts {
	return new Map(sentencesOf(segmentBody(body)).map((s) => [s.id, s.text]));
}

/** @example compactQuestion(question, sentenceTextsOf(body)) // { id, type, prompt, …, sentenceIds } */
export function compactQuestion(question: Question, sentences: SentenceTexts): CompactQuestion {
	const out: CompactQuestion = { ...question };
	const ids = question.sentenceIds;
	const restored = ids.map((id) => sentences.get(id));
	if (sameStrings(restored, question.evidence)) delete out.evidence;
	if (ids.length === 0) delete out.sentenceIds;
	if (question.difficulty === 'medium') delete out.difficulty;
	if (question.origin === 'generated') delete out.origin;
	if (question.type === 'true-false') delete out.options;
	if (question.type === 'numeric' && question.tolerance === 0) delete out.tolerance;
	if (
		(question.type === 'short-answer' || question.type === 'cloze') &&
		!question.rejected.length
	) {
		delete out.rejected;
	}
	return out;
}

/**
 * Puts back what `compactQuestion` left out. The result still has to pass `QuestionSchema`.
 * With `sentences` null (the article is not known yet) missing evidence becomes `[]`, which is
 * enough to check everything else about the question.
 */
export function expandQuestion(
	compact: CompactQuestion,
	sentences: SentenceTexts | null,
	index: number
): Parsed<CompactQuestion> {
	const sentenceIds = compact.sentenceIds ?? [];
	let evidence = compact.evidence;
	if (evidence === undefined && sentences) {
		const missing = sentenceIds.find((id) => !sentences.has(id));
		if (missing !== undefined) {
			return parsedError(
				`questions.${index}.sentenceIds: names sentence ${JSON.stringify(missing)}, which the article does not have`
			);
		}
		evidence = sentenceIds.map((id) => sentences.get(id) ?? '');
	}
	const out: CompactQuestion = {
		difficulty: 'medium',
		origin: 'generated',
		...compact,
		sentenceIds,
		evidence: evidence ?? []
	};
	if (compact.type === 'true-false') out.options ??= [...TRUE_FALSE];
	if (compact.type === 'numeric') out.tolerance ??= 0;
	if (compact.type === 'short-answer' || compact.type === 'cloze') out.rejected ??= [];
	return parsedOk(out);
}

function sameStrings(a: readonly (string | undefined)[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((text, i) => text === b[i]);
}
