import { PEOPLE_NOUN } from '../questions/wh-object';
import { normalizeAnswer, sharesContentWord, wordsIn } from '../text/normalize';
import type { Candidate } from '../types';
import { escapeRegExp } from '../text/escape-regexp';
import { singleChoice } from './draft';
import { POINTS_BACK_PHRASE } from '../text/question-grammar';
import { optionsOfAnswerKind } from '../text/noun-class';

/** Words that start or end a phrase that is not a noun phrase ("under pressure", "were anchored"). */
const NOT_A_NOUN_PHRASE_EDGE =
	/^(?:a|about|above|after|against|ago|all|amid|among|an|and|are|as|at|be|been|before|behind|below|beside|between|beyond|but|by|despite|did|do|does|few|for|from|had|has|have|in|inside|into|is|it|its|many|more|most|near|not|of|on|or|outside|over|says?|said|since|so|than|that|the|their|there|these|this|those|through|to|toward|towards|under|upon|very|was|were|when|which|while|who|will|with|within|without|would|\w+ly)$/;

/**
 * A noun phrase a student would have to type word for word: two to five lower-case words, no
 * contraction, neither first nor last word a function word or an adverb ("tough road",
 * "government budget bill"; not "didn’t see a deal", "corruptly persuade", "few years ago").
 */
export function isTypedPhrase(answer: string): boolean {
	const words = answer.trim().split(/\s+/);
	if (words.length < 2 || words.length > 5) return false;
	// "Muslim nation": a capitalised word may lead, as long as a lower-case noun ends the phrase.
	if (!/^\p{L}[\p{L}-]*(?:\s[\p{Ll}][\p{Ll}-]*)+$/u.test(answer.trim())) return false;
	return ![words[0]!, words.at(-1)!].some((word) => NOT_A_NOUN_PHRASE_EDGE.test(word));
}

const AUXILIARY =
	/\b(?:is|are|was|were|be|been|has|have|had|will|would|shall|should|can|could|may|might|must|did|does|do|not)\b|n[’']t\b/i;
const NUMBER_WORD =
	/^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?)$/i;
const PREDICATE_ADJECTIVE = /^(?:old|new|long|high|low|free|clear|able|ready|likely|unclear)$/;
const DETERMINER = /^(?:the|a|an|some|its|their|his|her)$/i;

/**
 * An answer that names a thing or a group by a common noun, and so could be any of several things
 * the article mentions: "tough road", "Trump's tweet", "the temporary measure", "Republican
 * leadership", "trial". Up to eight words, ending on a lower-case noun, with no verb of its own;
 * names ("Mitch McConnell"), numbers and clauses are not.
 */
export function isChoicePhrase(answer: string): boolean {
	const words = answer.trim().split(/\s+/);
	// "spending bill to include a fix": a purpose after the thing is a clause of its own.
	if (words.length > 8 || AUXILIARY.test(answer) || /[,;:"“”()]|\bto \p{Ll}/u.test(answer))
		return false;
	const last = words.at(-1)!;
	if (!/^\p{Ll}[\p{Ll}-]*$/u.test(last) || NOT_A_NOUN_PHRASE_EDGE.test(last)) return false;
	// "the same operators": which ones, only the sentence before says.
	if (POINTS_BACK_PHRASE.test(answer)) return false;
	// "stalled", "reported": a participle ends no noun phrase ("need", "speed" do).
	if (/[^e]ed$/.test(last) && last.length > 4) return false;
	if (/\d/.test(answer) || words.some((w) => NUMBER_WORD.test(w))) return false;
	// "3 years old", "on its own merits": an adjective ends no thing, "own" starts none.
	if (PREDICATE_ADJECTIVE.test(last) || /^own$/i.test(words[0]!)) return false;
	const first = words[0]!;
	return DETERMINER.test(first) || !NOT_A_NOUN_PHRASE_EDGE.test(first.toLowerCase());
}

/** "The temporary measure" as an option among "tough road" and "Trump's tweet": no capital tells. */
const DETERMINER_WORD = /^(?:the|a|an|some|its|their|his|her) /;
const asOption = (phrase: string) =>
	phrase.replace(/^(The|A|An|Some|Its|Their|His|Her)(?= \p{Ll})/u, (d) => d.toLowerCase());

/** "legal assistance organizations", "migrant parents": a phrase whose head word is for people. */
const namesPeople = (phrase: string) =>
	PEOPLE_NOUN.test((phrase.split(/\s+/).pop() ?? '').toLowerCase()) ||
	/^(?:organizations?|groups?|agencies|companies|lawmakers|democrats|republicans|leadership|administration|government|crews?|committee|council|courts?|nations?|countr(?:y|ies)|firms?|banks?|carriers?|airlines?|parliament|watchdog)$/i.test(
		phrase.split(/\s+/).pop() ?? ''
	);

/** What-questions only: a why, where or when answer needs options of its own kind. */
const WHAT_QUESTION = /^(?:what|who|whom)\b/i;
/**
 * "…analysts say is?": a question that lost its complement. "…currently free on?", "based in?":
 * a preposition of place or state binds the asked phrase to the question's own words, which another
 * phrase of the article seldom fits ("free on special counsel", raters said); "push for", "tie
 * to" take a thing as a verb does.
 */
const ENDS_WITHOUT_COMPLEMENT = /\b(?:is|are|was|were|be|been|say|says|said|on|in|at)\?$/i;

/**
 * Every phrase answer of the article's typed questions, once each, in article order: the wrong
 * options of `phraseChoice`. They are real things the article says, so a student who skimmed
 * cannot rule them out by their look.
 */
export function phrasePool(candidates: readonly Candidate[]): string[] {
	const seen = new Set<string>();
	const pool: string[] = [];
	for (const { draft } of candidates) {
		if (draft.type !== 'short-answer' && draft.type !== 'cloze') continue;
		const key = normalizeAnswer(draft.answerText).replace(DETERMINER_WORD, '');
		if (!isChoicePhrase(draft.answerText) || wordsIn(draft.answerText) < 2 || seen.has(key))
			continue;
		if (cutBeforeItsNoun(draft.answerText, draft.evidence[0] ?? '')) continue;
		seen.add(key);
		pool.push(asOption(withItsArticle(draft.answerText, draft.evidence[0] ?? '')));
	}
	return pool;
}

/**
 * "combined group" → "the combined group": a lower-case phrase the article wrote with an article
 * keeps it as an option, which reads as English ("Who passed legislation? … combined group" did
 * not, raters said).
 */
export function withItsArticle(phrase: string, sentence: string): string {
	if (!/^\p{Ll}/u.test(phrase) || /^(?:the|a|an)\s/i.test(phrase)) return phrase;
	const written = new RegExp(
		`(?:^|\\s)(the|a|an)\\s+${escapeRegExp(phrase)}(?![\\p{L}\\d])`,
		'iu'
	).exec(sentence);
	return written ? `${written[1]!.toLowerCase()} ${phrase}` : phrase;
}

/** Words that may follow a whole noun phrase: it ends before a function word or a verb. */
const AFTER_A_PHRASE =
	/^(?:a|an|the|and|or|but|nor|as|at|by|for|from|in|into|of|on|onto|over|to|under|with|without|who|whom|whose|which|that|than|is|are|was|were|be|been|being|has|have|had|will|would|can|could|may|might|must|should|do|does|did|not|said|say|says|after|before|since|while|when|where|because|if|near|across|around|during|against|through|this|these|those|its|their|his|her|also)$/;

/**
 * "reporters at an emergency operations" out of "… operations center in Piura": a phrase that
 * stops before the noun that heads it is no thing the article names, and as an option it reads
 * cut off (raters dropped it).
 */
function cutBeforeItsNoun(phrase: string, sentence: string): boolean {
	const at = sentence.toLowerCase().indexOf(phrase.toLowerCase());
	if (at < 0) return false;
	const next = /^\s+([\p{Ll}][\p{Ll}-]*)/u.exec(sentence.slice(at + phrase.length))?.[1];
	return next !== undefined && !AFTER_A_PHRASE.test(next) && !/(?:ing|ed|ly)$/.test(next);
}

/**
 * A what-question whose answer is a phrase ("What does the temporary measure face in the Senate?"
 * → "tough road") as a choice among other phrases the article answers with. Typed, it accepted
 * only the article's own words, and raters discarded such questions; with options it asks whether
 * the student found the fact. Grouped with the typed question, so a quiz never asks both.
 */
export function phraseChoice(candidate: Candidate, pool: readonly string[]): Candidate[] {
	const { draft } = candidate;
	// A gap's options must fit its slot ("reforming the nation's _____"), which other phrases of
	// the article seldom do: raters kept one gap in ten with such options.
	if (draft.type !== 'short-answer') return [];
	// "trial": one word is typed as easily as it is picked, and other phrases seldom fit its verb.
	if (!isChoicePhrase(draft.answerText) || wordsIn(draft.answerText) < 2) return [];
	if (!WHAT_QUESTION.test(draft.prompt) || ENDS_WITHOUT_COMPLEMENT.test(draft.prompt)) return [];
	const shown = ` ${normalizeAnswer(draft.prompt)} `;
	const correct = asOption(withItsArticle(draft.answerText, draft.evidence[0] ?? ''));
	const answerKey = normalizeAnswer(correct).replace(DETERMINER_WORD, '');
	const length = correct.split(/\s+/).length;
	// "Who is trying to locate families?" offers people, never "zero tolerance policy"; "What …?"
	// offers things.
	const asksWho = /^(?:who|whom)\b/i.test(draft.prompt);
	const wrong = pool
		.filter((phrase) => {
			const key = normalizeAnswer(phrase).replace(DETERMINER_WORD, '');
			if (key === answerKey || shown.includes(` ${key} `)) return false;
			if (namesPeople(phrase) !== asksWho) return false;
			// One sharing a word with the answer could be a second right answer ("spending bill").
			return !sharesContentWord(phrase, draft.answerText);
		})
		// Options about as long as the answer: a long one among short ones stands out.
		.map((text, order) => ({ text, order, gap: Math.abs(text.split(/\s+/).length - length) }))
		.sort((a, b) => Math.min(a.gap, 3) - Math.min(b.gap, 3) || a.order - b.order)
		.map(({ text }) => ({ text, feedback: 'The article says this about something else.' }));
	const choice = singleChoice(
		{ prompt: draft.prompt, skill: draft.skill, difficulty: 'medium', evidence: [] },
		correct,
		// "What stood at 5.1%? overall inflation", never "tear gas" or "water cannon".
		optionsOfAnswerKind(draft.answerText, wrong)
	);
	if (!choice) return [];
	const group = candidate.group ?? `phrase:${draft.prompt}`;
	return [
		{ ...candidate, group },
		{
			...candidate,
			draft: { ...choice, evidence: draft.evidence, sentenceIds: draft.sentenceIds },
			score: candidate.score + 0.5,
			group
		}
	];
}
