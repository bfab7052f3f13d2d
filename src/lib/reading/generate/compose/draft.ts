import * as v from 'valibot';
import {
	CLOZE_BLANK,
	QuestionSchema,
	type Difficulty,
	type Question,
	type Skill
} from '../../../quiz/question';
import { seededOrder } from '../../../core/random';
import { questionId } from '../text/hash';
import { capitalize, normalizeAnswer } from '../text/normalize';
import type { ArticleSentence, Candidate, QuestionDraft, WrongOption } from '../types';
import { shorterForms } from './shorter-forms';

export type { WrongOption };

interface Common {
	prompt: string;
	skill: Skill;
	difficulty?: Difficulty;
	explanation?: string;
	evidence: readonly ArticleSentence[];
}

function evidenceOf(sentences: readonly ArticleSentence[]) {
	const unique = [...new Map(sentences.map((s) => [s.id, s])).values()].sort(
		(a, b) => a.position - b.position
	);
	return { evidence: unique.map((s) => s.text), sentenceIds: unique.map((s) => s.id) };
}

function base(common: Common) {
	return {
		prompt: common.prompt,
		skill: common.skill,
		difficulty: common.difficulty ?? 'medium',
		...(common.explanation ? { explanation: common.explanation } : {}),
		...evidenceOf(common.evidence)
	};
}

/** Options with distinct texts (case-insensitive), the correct ones first in `correct`. */
function distinctWrong(correct: readonly string[], wrong: readonly WrongOption[]): WrongOption[] {
	const seen = correct.map((c) => normalizeAnswer(c));
	return wrong.filter((w) => {
		const key = normalizeAnswer(w.text);
		if (!key || readsCut(w.text) || seen.some((other) => overlapping(key, other))) return false;
		seen.push(key);
		return true;
	});
}

/**
 * An option of three words or more that opens on a conjunction ("And new taxes and levies") or a
 * relative pronoun ("Which has lost money…"), or stops on a word that needs more ("… and the price
 * has not", "… warned the"): a clause cut short, which raters read as broken. (A meaning may end
 * on its preposition: "declared support for".)
 */
export function readsCut(option: string): boolean {
	const words = option.trim().split(/\s+/);
	if (words.length < 3) return false;
	return (
		// "Which has lost money in six …": a relative clause without the noun it was about.
		/^(?:And|But|Or|Nor|So|Yet|Which|Who|Whose|Whom)$/.test(words[0]!) ||
		/^(?:not|has|have|had|is|are|was|were|be|been|the|a|an|and|or|but|that|which|who|its|their|his|her)$/i.test(
			words.at(-1)!.replace(/[.,;:!?]+$/, '')
		)
	);
}

/**
 * A wrong option the question itself prints ("“cast a cloud” over the FBI … _____" offering "cast a
 * cloud"; "Who met Abe?" offering "Abe") is ruled out by reading the question, not the article.
 */
function inPrompt(prompt: string, option: string): boolean {
	const key = normalizeAnswer(option);
	return key.length > 0 && ` ${normalizeAnswer(prompt)} `.includes(` ${key} `);
}

/**
 * Two options that could both be right: equal, a short one (a name, up to four words) inside
 * the other as whole words — "House" beside "U.S. House of Representatives", "Strzok" beside
 * "Peter Strzok" — or a short first name beside the full name ("Pete", "Peter Strzok").
 */
function overlapping(a: string, b: string): boolean {
	if (a === b) return true;
	const [short, long] = a.length < b.length ? [a, b] : [b, a];
	if (short.split(' ').length <= 4 && ` ${long} `.includes(` ${short} `)) return true;
	return shortFormOf(short, long);
}

/**
 * "Pete" beside "Peter Strzok", "Dan" beside "Daniel Coats": one word that begins the other's first
 * word and is at most three letters shorter reads as the same person's short name.
 */
function shortFormOf(short: string, long: string): boolean {
	const [first = '', ...rest] = long.split(' ');
	return (
		!short.includes(' ') &&
		rest.length > 0 &&
		short.length >= 3 &&
		first.startsWith(short) &&
		first.length - short.length <= 3
	);
}

/**
 * "Business groups | centre-right government": options of a question (not a gap, where each must
 * fit mid-sentence) start alike, so none stands out by its capital (raters read the mix as careless).
 */
function alikeInCase(prompt: string, options: readonly string[]): string[] {
	if (prompt.includes(CLOZE_BLANK)) return [...options];
	const upper = options.filter((o) => /^\p{Lu}/u.test(o)).length;
	const lower = options.filter((o) => /^\p{Ll}/u.test(o)).length;
	if (upper === 0 || lower === 0) return [...options];
	const capitalized = options.map(capitalize);
	return new Set(capitalized).size === options.length ? capitalized : [...options];
}

/** A single-choice draft, or undefined when fewer than two wrong options are available. */
export function singleChoice(
	common: Common,
	correct: string,
	wrong: readonly WrongOption[],
	maxOptions = 4
): QuestionDraft | undefined {
	if (readsCut(correct)) return undefined;
	const distinct = distinctWrong([correct], wrong).filter((w) => !inPrompt(common.prompt, w.text));
	const others = distinct.slice(0, maxOptions - 1);
	if (others.length < 2) return undefined;
	const ordered = seededOrder(
		[{ text: correct } as WrongOption, ...others],
		common.prompt + correct
	);
	const hasFeedback = others.some((o) => o.feedback);
	const options = alikeInCase(
		common.prompt,
		ordered.map((o) => o.text)
	);
	const correctIndex = ordered.findIndex((o) => o.text === correct);
	const capitalized = options.some((o, i) => o !== ordered[i]!.text);
	return {
		type: 'single-choice',
		...base(common),
		answerText: options[correctIndex]!,
		options,
		correctIndex,
		...(hasFeedback ? { optionFeedback: ordered.map((o) => o.feedback ?? null) } : {}),
		...(distinct.length > others.length || distinct.some((o) => o.sentenceId)
			? {
					// Spares swapped in later must look like the options they stand beside.
					wrongOptions: capitalized
						? distinct.map((o) => ({ ...o, text: capitalize(o.text) }))
						: distinct
				}
			: {})
	};
}

export function multipleChoice(
	common: Common,
	correct: readonly string[],
	wrong: readonly WrongOption[],
	maxOptions = 5
): QuestionDraft | undefined {
	const others = distinctWrong(correct, wrong).slice(0, Math.max(2, maxOptions - correct.length));
	if (others.length < 2 || correct.length === 0 || correct.some(readsCut)) return undefined;
	const all = [...correct.map((text) => ({ text }) as WrongOption), ...others];
	const ordered = seededOrder(all, common.prompt + correct.join('|'));
	const hasFeedback = others.some((o) => o.feedback);
	return {
		type: 'multiple-choice',
		...base(common),
		answerText: correct.join('; '),
		options: ordered.map((o) => o.text),
		correctIndexes: ordered.flatMap((o, i) => (correct.includes(o.text) ? [i] : [])),
		...(hasFeedback ? { optionFeedback: ordered.map((o) => o.feedback ?? null) } : {})
	};
}

export function trueFalse(common: Common, answer: boolean): QuestionDraft {
	return {
		type: 'true-false',
		...base(common),
		answerText: answer ? 'True' : 'False',
		options: ['True', 'False'],
		answer
	};
}

export function numeric(
	common: Common,
	answer: number,
	unit: string,
	answerText: string
): QuestionDraft {
	const decimals = (String(answer).split('.')[1] ?? '').length;
	return {
		type: 'numeric',
		...base(common),
		answerText,
		answer,
		...(unit ? { unit } : {}),
		// A decimal answer tolerates rounding in its last digit; a count must be exact.
		tolerance: decimals > 0 ? 0.5 * 10 ** -decimals : 0
	};
}

function uniqueAnswers(answers: readonly string[]): string[] {
	return [...new Map(answers.map((a) => [a.toLowerCase(), a])).values()];
}

/**
 * The answers a typed question accepts: the given ones, then their shorter forms (see
 * `shorterForms`) unless a shorter form is one of the wrong answers, ends one, or is already in
 * the prompt (where it would give the answer away).
 */
function typedAnswers(
	prompt: string,
	accepted: readonly string[],
	rejected: readonly string[]
): string[] {
	const shown = ` ${normalizeAnswer(prompt)} `;
	const wrong = rejected.map((r) => ` ${normalizeAnswer(r)}`);
	const shorter = accepted.flatMap(shorterForms).filter((form) => {
		const key = ` ${normalizeAnswer(form)}`;
		return !shown.includes(`${key} `) && !wrong.some((w) => w.endsWith(key));
	});
	return uniqueAnswers([...accepted, ...shorter]);
}

/** Other real answers of the same kind, minus any that is also accepted. */
function rejectedAnswers(accepted: readonly string[], rejected: readonly string[]): string[] {
	const acceptedKeys = new Set(accepted.map((a) => a.toLowerCase()));
	return uniqueAnswers(rejected.filter((r) => r.trim() && !acceptedKeys.has(r.toLowerCase())));
}

/**
 * A short-answer draft. `rejected` lists other same-kind answers from the article, as a cloze has
 * them. The question schema does not (yet) give short-answer questions a `rejected` list, so
 * `finalize` drops it; it is built here so that adding the field to `ShortAnswerQuestionSchema`
 * (and passing it in `scoreShortAnswer`) is all the grader needs.
 */
export function shortAnswer(
	common: Common,
	accepted: readonly string[],
	rejected: readonly string[] = []
): QuestionDraft {
	const unique = typedAnswers(common.prompt, accepted, rejected);
	const draft = {
		type: 'short-answer' as const,
		...base(common),
		answerText: unique[0]!,
		accepted: unique,
		rejected: rejectedAnswers(unique, rejected)
	};
	return draft;
}

export function cloze(
	common: Common,
	accepted: readonly string[],
	rejected: readonly string[]
): QuestionDraft {
	const unique = typedAnswers(common.prompt, accepted, rejected);
	return {
		type: 'cloze',
		...base(common),
		answerText: unique[0]!,
		accepted: unique,
		rejected: rejectedAnswers(unique, rejected)
	};
}

export function ordering(common: Common, items: readonly string[]): QuestionDraft {
	return { type: 'ordering', ...base(common), answerText: items.join('; '), items: [...items] };
}

export function matching(
	common: Common,
	pairs: readonly { left: string; right: string }[]
): QuestionDraft {
	return {
		type: 'matching',
		...base(common),
		answerText: pairs.map((p) => `${p.left}: ${p.right}`).join('; '),
		pairs: pairs.map((p) => ({ left: p.left, right: p.right }))
	};
}

export function candidate(
	draft: QuestionDraft | undefined,
	score: number,
	factKey: string
): Candidate[] {
	return draft ? [{ draft, score, factKey }] : [];
}

/** Gives the draft its content-derived id and checks it against the schema. */
export function finalize(draft: QuestionDraft): Question | undefined {
	const id = questionId(
		`${draft.type}\u0000${draft.answerText}\u0000${draft.prompt}\u0000${draft.sentenceIds.join(',')}`
	);
	const parsed = v.safeParse(QuestionSchema, { ...draft, id, origin: 'generated' });
	return parsed.success ? parsed.output : undefined;
}
