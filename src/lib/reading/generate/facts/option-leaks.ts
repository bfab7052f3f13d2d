import type { Question } from '../../../quiz/question';
import { normalizeAnswer } from '../text/normalize';
import { statesFact } from './repeats';
import type { Scored } from './select';

/** A choice question keeps at least this many options when a leaking one goes. */
const FEWEST_OPTIONS = 3;

/**
 * Takes out wrong options that answer another question of the quiz: "Hostilities ceased in 1953"
 * offered as a wrong summary beside "When did hostilities cease?" gives that answer away. The
 * question keeps its other options (never fewer than three), so no fact is lost; a leak that
 * cannot go without leaving too few options stays.
 */
export function withoutLeakingOptions(chosen: readonly Scored[]): Scored[] {
	return chosen.map((scored) => {
		const { question } = scored;
		if (question.type !== 'single-choice') return scored;
		const others = chosen.filter((other) => other !== scored);
		let spare = question.options.length - FEWEST_OPTIONS;
		const dropped = new Set<number>();
		question.options.forEach((option, index) => {
			if (spare <= 0 || index === question.correctIndex) return;
			const inside = ` ${normalizeAnswer(option)} `;
			if (!others.some((other) => statesFact(inside, other))) return;
			dropped.add(index);
			spare -= 1;
		});
		if (dropped.size === 0) return scored;
		return { ...scored, question: withoutOptions(question, dropped) };
	});
}

function withoutOptions(
	question: Extract<Question, { type: 'single-choice' }>,
	dropped: ReadonlySet<number>
): Question {
	const kept = question.options.map((_, i) => i).filter((i) => !dropped.has(i));
	return {
		...question,
		options: kept.map((i) => question.options[i]!),
		correctIndex: kept.indexOf(question.correctIndex),
		...(question.optionFeedback
			? { optionFeedback: kept.map((i) => question.optionFeedback![i] ?? null) }
			: {})
	};
}
