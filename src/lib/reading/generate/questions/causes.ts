import { namesUnshownThing } from '../text/question-grammar';
import { CLOZE_BLANK } from '../../../quiz/question';
import {
	candidate,
	cloze,
	shortAnswer,
	singleChoice,
	trueFalse,
	type WrongOption
} from '../compose/draft';
import { fnv1a32 } from '../../../core/hash';
import { lowerFirst } from '../text/lower-first';
import { capitalize, normalizeAnswer, wordsIn } from '../text/normalize';
import type { Article, Candidate } from '../types';
import { findCauseRelations, type CauseRelation } from './cause-patterns';
import {
	acceptedForms,
	askable,
	effectQuestions,
	evidenceOf,
	tagged,
	withNamedCause
} from './effects';
import { hasUnresolved } from './effects-clause';
import { contentWords, eventClauses, eventPhrases } from './effects-pool';

/** Form scores: options read best; a typed answer is harder to mark, so ranks below. */
const CHOICE_SCORE = 8.5;
const SHORT_SCORE = 7;

/**
 * Cause-and-effect questions: "what sparked the protests?", "Why did the walls fail?" with other
 * events of the article as wrong options (its results first: a classic confusion of cause and
 * effect) and as a short answer; "What happened as a result of …?" for the other direction (see
 * `effectQuestions`); a gap or a true/false with the cause swapped when there are too few events.
 */
export function causeQuestions(article: Article): Candidate[] {
	const relations = findCauseRelations(article)
		.flatMap((r) => withNamedCause(article, r) ?? [])
		.filter(askable);
	const out: Candidate[] = [];
	for (const relation of relations) {
		// "Why did the measure fail?": which measure is in another sentence.
		if (namesUnshownThing(relation.prompt, article.introducedNouns)) continue;
		const key = `cause:${normalizeAnswer(relation.cause)}`;
		const wrong = eventDistractors(article, relations, relation);
		const { sentences, explanation } = evidenceOf(relation);
		const common = {
			prompt: relation.prompt,
			skill: 'cause-effect' as const,
			evidence: sentences,
			explanation
		};
		const mark = tagged('cause', relation.cause, relation.cause);
		const choice = singleChoice(common, capitalize(relation.cause), wrong);
		// Other results of the story make wrong reasons a reader might pick; any other event of the
		// article does not ("ABARES will publish its next report in December" as why farmers sell
		// livestock), and raters dropped such options every time: the typed question takes its place
		// (typed answers are marked by their key words, so a student may word the reason freely).
		const accepted = acceptedForms(article, relation.cause, relation.prompt);
		const plausible =
			accepted.length === 0 || wrong.filter((w) => w.feedback !== undefined).length >= 2;
		const [choiceScore, shortScore] = plausible
			? [CHOICE_SCORE + relation.weight / 2, SHORT_SCORE]
			: [SHORT_SCORE - 0.5, CHOICE_SCORE + relation.weight / 2];
		out.push(...mark(candidate(choice, choiceScore, key)));
		if (accepted.length > 0)
			out.push(...mark(candidate(shortAnswer(common, accepted), shortScore, key)));
		const at = relation.sentence.text.indexOf(relation.cause);
		if (
			!choice &&
			at >= 0 &&
			wordsIn(relation.cause) <= 5 &&
			relation.sentence.text.indexOf(relation.cause, at + 1) < 0 &&
			!relation.causeIsClause &&
			!relation.evidence
		) {
			// Too few other events for options: ask for the cause as a gap in its own sentence.
			const prompt =
				relation.sentence.text.slice(0, at) +
				CLOZE_BLANK +
				relation.sentence.text.slice(at + relation.cause.length);
			out.push(...mark(candidate(cloze({ ...common, prompt }, [relation.cause], []), 6, key)));
		}
		const swap = wrong.find((w) => w.text.split(' ').length <= 5);
		const asked = /^According to the article, what (.+)\?$/.exec(relation.prompt)?.[1];
		if (swap && asked && !relation.causeIsClause) {
			const isTrue = fnv1a32(key) % 2 === 1;
			const named = isTrue ? relation.cause : lowerFirst(swap.text, 'phrase');
			const statement = trueFalse(
				{
					prompt: `True or false? According to the article, ${named} ${asked}.`,
					skill: 'cause-effect',
					evidence: sentences,
					difficulty: 'easy',
					explanation: isTrue ? explanation : `False: ${explanation}`
				},
				isTrue
			);
			out.push(...mark(candidate(statement, choice ? 5 : 7, key)));
		}
	}
	// A gap or a true/false quotes its sentence: "its collapse" there is as unresolved as in a prompt.
	return [...out, ...effectQuestions(article, relations)].filter(
		(c) => !hasUnresolved(c.draft.prompt)
	);
}

/**
 * Other events of the article phrased like the answer: noun phrases ("fresh gunfire") for a noun
 * phrase, clauses ("Fresh gunfire was heard near the square") for a clause. Never one that overlaps
 * the answer, the effect asked about, another option, or any other stated cause: in one story
 * those are often causes of this effect too.
 */
const OPENS_ON_LINK =
	/^(?:with|amid|after|before|as|while|since|because|despite|without|by|for|in|on|at|during|following|when|if|unless|although|though|under|over|into|from|to|of|through|against|about|toward|towards|within|beyond|across|where|which|who|whose)\b/i;

function eventDistractors(
	article: Article,
	relations: readonly CauseRelation[],
	relation: CauseRelation
): WrongOption[] {
	const taken = [contentWords(relation.cause), contentWords(relation.effect)];
	for (const other of relations) if (other !== relation) taken.push(contentWords(other.cause));
	if (relation.result) taken.push(contentWords(relation.result));
	const pool: WrongOption[] = [];
	const offer = (text: string, feedback?: string) => {
		const words = contentWords(text);
		if (words.size < 2) return;
		// "With lawmakers' attention focused on …": a phrase that opens on its link is no event.
		if (OPENS_ON_LINK.test(text)) return;
		// "Public participation" beside "Pressure from the IMF for Kenya to narrow its deficit":
		// an option a third as long as the answer gives the answer away by its length.
		if (wordsIn(text) * 3 < wordsIn(relation.cause)) return;
		// "Broader protests" cannot be what sparked "the protests".
		const head = contentWords(text.split(/\s+/).pop() ?? '');
		if ([...head].some((w) => taken[1]!.has(w))) return;
		if (taken.some((t) => [...words].filter((w) => t.has(w)).length / words.size >= 0.34)) return;
		taken.push(words);
		pool.push(feedback ? { text: capitalize(text), feedback } : { text: capitalize(text) });
	};
	const asResult = 'The article presents this as a result, not as the cause asked about.';
	const sameCause = (other: CauseRelation) =>
		normalizeAnswer(other.cause) === normalizeAnswer(relation.cause);
	if (relation.causeIsClause) {
		for (const other of relations)
			if (
				other !== relation &&
				!sameCause(other) &&
				other.result &&
				!other.effectIsPhrase &&
				wordsIn(other.result) >= 4
			)
				offer(other.result, asResult);
		for (const clause of eventClauses(article, evidenceOf(relation).sentences)) offer(clause);
		return pool;
	}
	for (const other of relations) {
		if (other === relation || !other.effectIsPhrase || sameCause(other)) continue;
		for (const part of other.effect.split(/\s+and\s+(?=(?:an?|the)\s)/)) offer(part, asResult);
	}
	for (const phrase of eventPhrases(article)) offer(phrase);
	return pool;
}
