import type { ClozeQuestion, ShortAnswerQuestion, Grade } from '../question';

import { matchTextAnswer } from './match-text-answer';
import { normalizeAnswer } from './normalize-answer';
import { fullerInArticle, withoutLeadingReason } from './article-phrase';
import { CORRECT, NOT_QUITE, UNANSWERED, invalidGrade, quote, scoredGrade } from './scored-grade';

/**
 * Grades a typed word answer; shared by short-answer and cloze, which differ only in where the
 * rejected answers come from.
 */
export function scoreTextAnswer(
	question: ShortAnswerQuestion | ClozeQuestion,
	text: string,
	rejected: readonly string[]
): Grade {
	if (text.trim() === '') return UNANSWERED;
	const response = normalizeAnswer(text);
	// Only punctuation or emoji: nothing to compare, so ask again rather than mark it wrong.
	if (response === '') return invalidGrade('Type your answer in words or numbers.');

	const asTyped = matchTextAnswer(response, question.accepted, rejected);
	const reason = withoutLeadingReason(response);
	const match =
		asTyped.kind === 'none' && reason !== response
			? matchTextAnswer(reason, question.accepted, rejected)
			: asTyped;
	if (match.kind === 'none') {
		const key = fullerInArticle(reason, question.accepted, rejected, question.evidence);
		if (key !== undefined)
			return scoredGrade(
				question,
				1,
				`Correct — the article's words around the answer, '${quote(key)}'.`
			);
	}
	switch (match.kind) {
		case 'exact':
			return scoredGrade(question, 1, CORRECT);
		case 'typo':
			return scoredGrade(
				question,
				1,
				`Correct — we read '${quote(text)}' as '${quote(match.accepted)}'.`
			);
		case 'key-words':
			return scoredGrade(
				question,
				1,
				`Correct — your answer has the key words of '${quote(match.accepted)}'.`
			);
		case 'rejected':
			return scoredGrade(
				question,
				0,
				match.exact
					? `Not quite — ${quote(match.rejected)} is in the article, but it is not the answer here.`
					: NOT_QUITE
			);
		case 'none':
			return scoredGrade(question, 0, NOT_QUITE);
	}
}
