import type { Question } from '../../quiz/question';

/**
 * `answerText` is what feedback and the gradebook show as "the correct answer". An edited question
 * recomputes it from its answer fields, written the way the generator writes it
 * (`generate/compose/draft.ts`): lists joined by "; ", matching pairs as "left: right".
 */

/** Units written straight after the number ("3%", "20°C"); words get a space ("2500 soldiers"). */
const SYMBOL_UNIT = /^[^\p{L}]/u;

function numberWithUnit(answer: number, unit: string | undefined): string {
	const trimmed = unit?.trim() ?? '';
	if (!trimmed) return String(answer);
	return SYMBOL_UNIT.test(trimmed) ? `${answer}${trimmed}` : `${answer} ${trimmed}`;
}

const joined = (parts: readonly string[]) => parts.map((p) => p.trim()).join('; ');

/**
 * The correct answer written out. An empty string when there is none yet (no option marked correct),
 * which the schema then reports.
 *
 * @example answerTextOf(matching({ pairs: [{ left: 'Russia', right: 'Moscow' }] })) // 'Russia: Moscow'
 */
export function answerTextOf(question: Question): string {
	switch (question.type) {
		case 'single-choice':
			return question.options[question.correctIndex]?.trim() ?? '';
		case 'multiple-choice':
			// In the order the options are listed, whatever order the teacher ticked them in.
			return joined(
				[...new Set(question.correctIndexes)]
					.sort((a, b) => a - b)
					.flatMap((i) => question.options[i] ?? [])
			);
		case 'true-false':
			return question.answer ? 'True' : 'False';
		case 'numeric':
			return numberWithUnit(question.answer, question.unit);
		case 'short-answer':
		case 'cloze':
			return question.accepted[0]?.trim() ?? '';
		case 'ordering':
			return joined(question.items);
		case 'matching':
			return joined(question.pairs.map((p) => `${p.left.trim()}: ${p.right.trim()}`));
	}
}

/**
 * The same question with `answerText` matching its answer fields.
 *
 * @example withAnswerText({ ...trueFalseQuestion, answer: false }).answerText // 'False'
 */
export function withAnswerText<Q extends Question>(question: Q): Q {
	return { ...question, answerText: answerTextOf(question) };
}
