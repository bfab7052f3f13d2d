import * as v from 'valibot';
import { QuestionSchema, type Question } from '../../quiz/question';
import type { Parsed } from '../../core/validation';
import { questionProblem } from './question-issues';

/** A failure's `fields` names the top-level fields at fault (e.g. "options"), once each, in order. */
type CheckedQuestion = Parsed<Question, { fields: string[] }>;

/**
 * Parses an edited question. Valid: the schema's output (strings trimmed, defaults filled in).
 * Invalid: one line per problem, worded for the teacher, first problem per field only.
 *
 * @example
 * checkQuestion({ ...question, options: ['Yes', 'yes'] })
 * // { ok: false, errors: ['Options: each option must be different'], fields: ['options'] }
 */
export function checkQuestion(candidate: unknown): CheckedQuestion {
	const parsed = v.safeParse(QuestionSchema, candidate, { abortPipeEarly: true });
	if (parsed.success) return { ok: true, value: parsed.output };

	const type = typeof candidate === 'object' && candidate ? Reflect.get(candidate, 'type') : '';
	const all = parsed.issues.map((issue) => questionProblem(issue, type));
	// answerText is derived from the answer fields, so its problem repeats theirs: show it alone only.
	const own = all.filter((p) => p.field !== 'answerText');
	const problems = own.length > 0 ? own : all;
	return {
		ok: false,
		errors: [...new Set(problems.map((p) => p.message))],
		fields: [...new Set(problems.map((p) => p.field).filter(Boolean))]
	};
}
