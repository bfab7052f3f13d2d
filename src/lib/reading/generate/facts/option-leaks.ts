import type { Question } from '../../../quiz/question';
import { isWrittenAsName, normalizeAnswer } from '../text/normalize';
import { statesFact } from './repeats';
import type { Scored } from './select';
import type { WrongOption } from '../types';

/** A choice question keeps at least this many options when a leaking one goes. */
const FEWEST_OPTIONS = 3;

/**
 * Whether a wrong option gives another question away: it states that question's fact, or it is a
 * sentence of the article that the question asks about (a summary's wrong option quoting the
 * sentence a later gap is cut from).
 */
function leaks(shown: Scored, option: string, asked: Scored): boolean {
	return (
		quotesAskedSentence(shown, option, asked) ||
		statesFact(` ${normalizeAnswer(option)} `, asked) ||
		answersWithPhrase(option, asked)
	);
}

function quotesAskedSentence(shown: Scored, option: string, asked: Scored): boolean {
	// A word's meaning is not given away by its sentence: the question prints that sentence itself.
	if (asked.question.skill === 'vocabulary') return false;
	const source = shown.wrongOptions?.find((wrong) => wrong.text === option)?.sentenceId;
	return source !== undefined && asked.question.sentenceIds.includes(source);
}

/**
 * "spending measure" offered as wrong here and asked for there, or "something I could never
 * imagine", or "381": a thing's phrase, a quotation or a count is the fact itself (unlike a name,
 * which a story offers in many questions), so a student could play one question's options against
 * the other's.
 */
function answersWithPhrase(option: string, asked: Scored): boolean {
	if (isWrittenAsName(option)) return false;
	const key = withoutArticle(option);
	return asked.answers.some((answer) => withoutArticle(answer) === key);
}

const withoutArticle = (text: string) => normalizeAnswer(text).replace(/^(?:the|a|an) /, '');

/** The wrong options of a choice question that give another question away. */
function leakingOptions(shown: Scored, asked: Scored): number {
	const { question } = shown;
	if (question.type !== 'single-choice' || shown === asked) return 0;
	return question.options.filter(
		(option, index) =>
			index !== question.correctIndex &&
			(statesFact(` ${normalizeAnswer(option)} `, asked) || answersWithPhrase(option, asked))
	).length;
}

/**
 * How many leaking options a choice question can lose: spares to swap in, and options beyond three.
 * (A spare that itself leaks is not counted off here; `withoutLeakingOptions` skips it.)
 */
const slackOf = (scored: Scored) =>
	scored.question.type === 'single-choice'
		? scored.question.options.length - FEWEST_OPTIONS + sparesOf(scored).length
		: 0;

/** The wrong options a choice question was built from but does not show. */
const sparesOf = ({ question, wrongOptions }: Scored): readonly WrongOption[] =>
	question.type === 'single-choice'
		? (wrongOptions ?? []).filter((wrong) => !question.options.includes(wrong.text))
		: [];

/**
 * Keeps track, while a quiz is chosen, of how many leaking options each chosen choice question
 * still has room to lose: a question whose fact another's options state, with no room left to
 * swap them out, is not chosen (a better one takes its place), and neither is a choice question
 * whose options would give away more chosen facts than it can lose.
 */
export function optionLeaks() {
	const slack = new Map<Scored, number>();
	const cost = (candidate: Scored, chosen: readonly Scored[]) => {
		const own = chosen.reduce((n, other) => n + leakingOptions(candidate, other), 0);
		const into = chosen.map((other) => [other, leakingOptions(other, candidate)] as const);
		return { own, into };
	};
	const taken: Scored[] = [];
	return {
		fits(candidate: Scored): boolean {
			const { own, into } = cost(candidate, taken);
			if (own > slackOf(candidate)) return false;
			return into.every(([other, n]) => n <= (slack.get(other) ?? 0));
		},
		take(candidate: Scored): void {
			const { own, into } = cost(candidate, taken);
			for (const [other, n] of into) slack.set(other, (slack.get(other) ?? 0) - n);
			slack.set(candidate, slackOf(candidate) - own);
			taken.push(candidate);
		}
	};
}

/**
 * Swaps out wrong options that answer another question of the quiz: "Hostilities ceased in 1953"
 * offered as a wrong summary beside "When did hostilities cease?" gives that answer away. A spare
 * wrong option that leaks nothing takes its place; without one the option is taken out, as long as
 * three options stay, so no fact is lost. A leak that can go neither way stays.
 */
export function withoutLeakingOptions(chosen: readonly Scored[]): Scored[] {
	return chosen.map((scored) => {
		const { question } = scored;
		if (question.type !== 'single-choice') return scored;
		const others = chosen.filter((other) => other !== scored);
		const givesAway = (text: string) => others.some((other) => leaks(scored, text, other));
		const spares = sparesOf(scored).filter((spare) => !givesAway(spare.text));
		let removable = question.options.length - FEWEST_OPTIONS;
		const options: WrongOption[] = question.options.map((text, i) => ({
			text,
			...(question.optionFeedback?.[i] ? { feedback: question.optionFeedback[i]! } : {})
		}));
		let changed = false;
		const kept = options.flatMap((option, index) => {
			if (index === question.correctIndex || !givesAway(option.text)) return [{ option, index }];
			const spare = spares.shift();
			if (spare) {
				changed = true;
				return [{ option: spare, index }];
			}
			if (removable <= 0) return [{ option, index }];
			removable -= 1;
			changed = true;
			return [];
		});
		if (!changed) return scored;
		return { ...scored, question: withOptions(question, kept) };
	});
}

function withOptions(
	question: Extract<Question, { type: 'single-choice' }>,
	kept: readonly { option: WrongOption; index: number }[]
): Question {
	const hasFeedback = question.optionFeedback !== undefined || kept.some((k) => k.option.feedback);
	return {
		...question,
		options: kept.map((k) => k.option.text),
		correctIndex: kept.findIndex((k) => k.index === question.correctIndex),
		...(hasFeedback ? { optionFeedback: kept.map((k) => k.option.feedback ?? null) } : {})
	};
}

/**
 * The questions to leave out because a summary's wrong option still gives them away once every
 * swap is made ("…1.8 million people…" beside the gap for "1.8 million"). The summary asks what the
 * whole article is about, so one detail question goes; when it gives away two or more, the summary
 * goes instead, and they stay.
 */
export function givenAwayBySummary(chosen: readonly Scored[]): Set<Scored> {
	const given = new Set<Scored>();
	for (const summary of chosen) {
		const leaked = leakedBySummary(summary, chosen);
		if (leaked.length >= 2) given.add(summary);
		else leaked.forEach((other) => given.add(other));
	}
	return given;
}

/** The questions of a set that a summary's wrong options answer (none for any other question). */
export function leakedBySummary(summary: Scored, chosen: readonly Scored[]): Scored[] {
	const { question } = summary;
	if (question.skill !== 'main-idea' || question.type !== 'single-choice') return [];
	const wrong = question.options.filter((_, index) => index !== question.correctIndex);
	// A list of true statements is not given away by one of them: a student still judges the
	// others.
	return chosen.filter(
		(other) =>
			other !== summary &&
			other.question.type !== 'multiple-choice' &&
			wrong.some((option) => leaks(summary, option, other))
	);
}
