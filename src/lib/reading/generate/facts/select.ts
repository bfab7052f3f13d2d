import { CLOZE_BLANK, type Question } from '../../../quiz/question';
import { sameAnswer, wordsIn } from '../text/normalize';
import { repeats } from './repeats';
import { optionLeaks } from './option-leaks';
import { formOf } from './form-prior';
import type { WrongOption } from '../types';

export interface Scored {
	question: Question;
	/** importance × form quality: the order in which questions are worth asking. */
	score: number;
	importance: number;
	/** Trivia by kind (a weekday, "the _____ leaders"): asked only to make up a quiz's five. */
	trivia?: boolean;
	factKey: string;
	group?: string;
	/** The answers a student gives (every pair's and item's for matching and ordering). */
	answers: readonly string[];
	/**
	 * Every wrong option a single choice was built from, shown or not, with the sentence each
	 * quotes: one not shown may stand in for one that gives another question away.
	 */
	wrongOptions?: readonly WrongOption[];
	/** Why the fact matters, for `--explain`. */
	reasons: readonly string[];
}

/** A fact this important or more is worth a question of its own; below, only to fill a short set. */
const IMPORTANT = 2.2;
/**
 * Ten questions unless the caller asks for more: past ten, a long article's questions are its
 * least important. On five unseen articles, two raters each kept 36 of the first ten questions
 * of every article (72%) and 10 of the 25 past them (40%); the teacher adds their own.
 */
export const MAX_QUESTIONS = 10;
const MIN_QUESTIONS = 5;
const WORDS_PER_QUESTION = 18;
/** Of one sentence, a memory test more than comprehension: at most this share of the set. */
const SENTENCE_FORM_SHARE = 0.4;
/**
 * Any other type at most this share: raters kept choice questions most often, so they may fill
 * more than half the quiz (40% cost facts whose only good question was one more choice question;
 * 50% cut questions the phrase options had turned from typed into choice).
 */
const TYPE_SHARE = 0.6;
const LONG_SENTENCE = 30;
/** The skills a quiz asks before any other question, best question of each first. */
const FIRST_OF_EACH: readonly Question['skill'][] = [
	'main-idea',
	'cause-effect',
	'vocabulary',
	'sequence'
];

/**
 * A question that tests its skill as such: of a story's order, putting its events in order (a
 * date asked alone comes in by its score); of the others, any form but the rare ones.
 */
const testsSkill = (question: Question) =>
	question.skill === 'sequence' ? question.type === 'ordering' : formOf(question) !== 'other';

/** Cloze and true/false restate one sentence; "fill the gap" choices too. */
function isSentenceForm(question: Question): boolean {
	return (
		question.type === 'cloze' ||
		question.type === 'true-false' ||
		question.prompt.includes(CLOZE_BLANK)
	);
}

/**
 * What a question counts as for the type share: a restatement of a sentence (a gap, typed or with
 * options, or a true/false) counts under its own share, so turning a typed gap into a choice does
 * not crowd out the article's other choice questions.
 */
const typeShareKey = (question: Question): string =>
	isSentenceForm(question)
		? 'restatement'
		: // A word's meaning has its own share (one in five): its options do not make it one more
			// news question with options.
			question.skill === 'vocabulary'
			? 'vocabulary'
			: question.type;

/**
 * How many questions the article deserves: one per important distinct fact, at least five and at
 * most ten (or the caller's maximum, up to 25), and past five never more than one per 18 words
 * (about one a sentence), so no passage is padded.
 */
export function questionBudget(
	scored: readonly Scored[],
	words: number,
	max = MAX_QUESTIONS
): number {
	const facts = new Set(scored.filter((s) => s.importance >= IMPORTANT).map((s) => s.factKey));
	const byLength = Math.max(MIN_QUESTIONS, Math.floor(words / WORDS_PER_QUESTION));
	return Math.max(1, Math.min(max, byLength, Math.max(MIN_QUESTIONS, facts.size)));
}

/**
 * Keeps the best questions within the budget: first the best summary, why-question and word's
 * meaning (so a quiz has each), then by score with each fact asked once, each answer
 * once, one question per sentence before any sentence gets a second (at most two, three of a long
 * sentence), at most 40% of the budget restating a single sentence (cloze, true/false, gap
 * choices), and at most 60% of the set of any one type. Returns them in the order chosen.
 */
export function selectQuestions(scored: readonly Scored[], budget: number): Scored[] {
	return selectWithin(scored, budget, Math.max(1, Math.floor(budget * SENTENCE_FORM_SHARE)));
}

const restatement = (s: Scored) => (isSentenceForm(s.question) ? 'sentence' : undefined);

function selectWithin(
	scored: readonly Scored[],
	budget: number,
	sentenceFormCap: number
): Scored[] {
	const sorted = [...scored].sort(
		(a, b) => b.score - a.score || a.question.id.localeCompare(b.question.id)
	);
	const chosen: Scored[] = [];
	const facts = new Set<string>();
	const groups = new Set<string>();
	const answers: string[] = [];
	const perSentence = new Map<string, number>();
	const perType = new Map<string, number>();
	let sentenceForms = 0;
	const restated = new Set<string>();
	const shown = new Set<string>();
	let vocabulary = 0;
	const vocabularyCap = Math.max(1, Math.floor(budget / 5));
	const leaks = optionLeaks();
	let makingUpFive = false;
	const typeCap = Math.max(2, Math.ceil(budget * TYPE_SHARE));
	// The chosen set only grows: a candidate that repeats a chosen question always will, and one
	// checked against the first k chosen needs checking only against the ones chosen since.
	const repeating = new Set<Scored>();
	const checkedUpTo = new Map<Scored, number>();
	const repeatsChosen = (candidate: Scored) => {
		if (repeating.has(candidate)) return true;
		for (let i = checkedUpTo.get(candidate) ?? 0; i < chosen.length; i += 1) {
			if (repeats(chosen[i]!, candidate)) {
				repeating.add(candidate);
				return true;
			}
		}
		checkedUpTo.set(candidate, chosen.length);
		return false;
	};
	// Cheap rules first; whether it repeats or leaks into the chosen set is the costly part.
	const fits = (candidate: Scored, perSentenceCap: number) =>
		fitsShares(candidate, perSentenceCap) && !repeatsChosen(candidate) && leaks.fits(candidate);
	const fitsShares = (candidate: Scored, perSentenceCap: number) => {
		const { question } = candidate;
		// Raters dropped trivia ("The _____ leaders" → two; "Which country is bordered by Russia?" in
		// an article about Kazakhstan) more than any other question: it fills no set past five. A
		// when-question for a month alone still asks about an event.
		if (candidate.trivia && !question.prompt.startsWith('When ') && !makingUpFive) return false;
		if (facts.has(candidate.factKey)) return false;
		if (candidate.group !== undefined && groups.has(candidate.group)) return false;
		if (candidate.answers.some((a) => answers.some((b) => sameAnswer(a, b)))) return false;
		const ids = question.sentenceIds ?? [];
		// A third question only of a long sentence, which holds several facts.
		const cap =
			wordsIn(question.evidence[0] ?? '') >= LONG_SENTENCE
				? perSentenceCap
				: Math.min(2, perSentenceCap);
		if (ids.length === 1 && (perSentence.get(ids[0]!) ?? 0) >= cap) return false;
		if ((perType.get(typeShareKey(question)) ?? 0) >= typeCap) return false;
		// A word's meaning is one skill among seven, and news facts come first: one word in five
		// questions (raters kept 18 of 19 word-in-context questions in the last three rounds, and
		// the news facts left seldom fill the budget).
		if (question.skill === 'vocabulary' && vocabulary >= vocabularyCap) return false;
		if (!isSentenceForm(question)) return true;
		// One restatement per sentence, none of a sentence another question already shows as an
		// option.
		if (ids.some((id) => shown.has(id))) return false;
		if (ids.some((id) => restated.has(id))) return false;
		return sentenceForms < sentenceFormCap;
	};
	const take = (candidate: Scored) => {
		const { question } = candidate;
		const ids = question.sentenceIds ?? [];
		chosen.push(candidate);
		leaks.take(candidate);
		facts.add(candidate.factKey);
		if (candidate.group !== undefined) groups.add(candidate.group);
		answers.push(...candidate.answers);
		if (ids.length === 1) perSentence.set(ids[0]!, (perSentence.get(ids[0]!) ?? 0) + 1);
		const key = typeShareKey(question);
		perType.set(key, (perType.get(key) ?? 0) + 1);
		if (isSentenceForm(question)) {
			sentenceForms += 1;
			ids.forEach((id) => restated.add(id));
		}
		if (ids.length > 1 || question.skill === 'main-idea') ids.forEach((id) => shown.add(id));
		if (question.skill === 'vocabulary') vocabulary += 1;
	};
	const skills = new Set<string>();
	// The summary first: a quiz asks what the article is about before its details, and a detail
	// that quotes the lead ("What forced 3,400 residents from their homes? → Heavy rain flooded the
	// valley") would otherwise crowd it out. Then why it happened: teachers ask it first, and a
	// question of another form chosen before could print its answer. Then a word's meaning. Dates
	// and places come in by their scores, not as a skill every quiz must test: reviewers kept 3 in
	// 55 questions asking for a date alone. Last, putting the story's events in order, when its
	// cues allow it (a skill of its own, which few stories give a question to).
	const bySkill = FIRST_OF_EACH.flatMap((skill) =>
		sorted.filter((s) => s.question.skill === skill && testsSkill(s.question))
	);
	for (const candidate of bySkill) {
		if (chosen.length >= budget) break;
		// Why the lead's event happened may be asked beside the summary of that event.
		const perSentenceCap = candidate.question.skill === 'cause-effect' ? 2 : 1;
		if (skills.has(candidate.question.skill) || !fits(candidate, perSentenceCap)) continue;
		skills.add(candidate.question.skill);
		take(candidate);
	}
	// Coverage next: the best question of each sentence before a second one of any, so the set
	// spreads over the article's facts; then a second per sentence; then a third of long ones.
	const cover = (size: number) => {
		for (const perSentenceCap of [1, 2, 3]) {
			for (const candidate of sorted) {
				if (chosen.length >= size) break;
				if (!chosen.includes(candidate) && fits(candidate, perSentenceCap)) take(candidate);
			}
		}
	};
	cover(budget);
	if (chosen.length < Math.min(budget, MIN_QUESTIONS)) {
		makingUpFive = true;
		cover(Math.min(budget, MIN_QUESTIONS));
	}
	return chosen;
}

/**
 * The caps count against the budget; when the article could not fill it, one type, or the
 * questions that restate one sentence, may still pass its share of what was chosen. Drops the weakest of
 * that kind until it does not. Run on the final set, after any question is dropped for a rule of
 * the whole set.
 */
export function withinShares(chosen: readonly Scored[]): Scored[] {
	const byType = trimToShare(
		chosen,
		(s) => typeShareKey(s.question),
		(n) => (n <= MIN_QUESTIONS ? n : Math.max(2, Math.ceil(n * TYPE_SHARE)))
	);
	// A set the article could not fill stays about its news: a word's meaning in one question of four.
	const byWords = trimToShare(
		byType,
		(s) => (s.question.skill === 'vocabulary' ? 'vocabulary' : undefined),
		(n) => (n <= MIN_QUESTIONS ? n : Math.max(1, Math.ceil(n / 4)))
	);
	// Neither share cuts a set below the five questions a quiz needs.
	return trimToShare(byWords, restatement, (n) =>
		n <= MIN_QUESTIONS ? n : Math.max(1, Math.floor(n * SENTENCE_FORM_SHARE))
	);
}

function trimToShare(
	chosen: readonly Scored[],
	kindOf: (s: Scored) => string | undefined,
	limit: (size: number) => number
): Scored[] {
	const kept = [...chosen];
	for (;;) {
		const counts = new Map<string, number>();
		for (const s of kept) {
			const kind = kindOf(s);
			if (kind !== undefined) counts.set(kind, (counts.get(kind) ?? 0) + 1);
		}
		const over = [...counts].find(([, n]) => n > limit(kept.length));
		if (!over) return kept;
		let weakest = -1;
		kept.forEach((s, i) => {
			if (kindOf(s) === over[0] && (weakest < 0 || s.score < kept[weakest]!.score)) weakest = i;
		});
		kept.splice(weakest, 1);
	}
}
