import { namesUnshownThing, singleClause, withoutListCommas } from '../text/question-grammar';
import { candidate, shortAnswer, singleChoice, type WrongOption } from '../compose/draft';
import { lowerFirst, type LowerFirstRule } from '../text/lower-first';
import { capitalize, containsAnswer, normalizeAnswer, wordsIn } from '../text/normalize';
import type { Article, ArticleSentence, Candidate, FactKind, Term } from '../types';
import type { CauseRelation } from './cause-patterns';
import {
	conjugate,
	hasUnresolved,
	MAX_ANSWER_WORDS,
	OPENS_CLAUSE,
	resolvePossessive
} from './effects-clause';
import { contentWords, eventClauses, eventPhrases } from './effects-pool';
import { escapeRegExp } from '../text/escape-regexp';
import { quotesBalanced } from '../text/grammar';
import { finiteFlagsOf } from '../analyze/clauses/verbs';

/**
 * Whether a relation makes a question a student can read: one clause ending in "?", no dangling
 * "and", no pronoun only the sentence before explains, an answer of at most 14 words. A cause that
 * opens with a possessive ("His departure") is named ("Robert Hale’s departure") or dropped.
 */
const HYPOTHETICAL = /(?:^|[“"‘]|[.!?]\s)(?:If|Unless|Should)\s/;

export function askable(relation: CauseRelation): boolean {
	const core = relation.prompt
		.replace(/^According to [^,]{2,60}, /, '')
		.replace(/, according to [^,]+\?$/, '?');
	if (
		!/\?$/.test(core) ||
		/[;:]|,(?!\d)/.test(withoutListCommas(core)) ||
		/\b(?:and|or|but)\s*\?$/.test(core)
	)
		return false;
	if (hasUnresolved(core)) return false;
	if (!singleClause(core)) return false;
	// "Why does China welcome all efforts to strengthen cooperation on the Lancang-Mekong" and
	// noted …?": a question cut across a quotation's end.
	if (!quotesBalanced(core)) return false;
	// "If even a few young families come back because there is work, …": a cause in a condition
	// is no fact ("Why do a few young families come back?" when none have).
	if (HYPOTHETICAL.test(relation.sentence.text)) return false;
	if (wordsIn(relation.cause) > MAX_ANSWER_WORDS) return false;
	return !/^(?:his|her|their|its|this|that|these|those|it|they|he|she|him|them)\b/i.test(
		relation.cause
	);
}

/** Names the owner of a possessive cause, or drops the relation (see `askable`). */
export function withNamedCause(
	article: Article,
	relation: CauseRelation
): CauseRelation | undefined {
	const cause = resolvePossessive(article, relation.sentence, relation.cause);
	return cause ? { ...relation, cause } : undefined;
}

export function evidenceOf(relation: CauseRelation): {
	sentences: ArticleSentence[];
	explanation: string;
} {
	const sentences = relation.evidence ?? [relation.sentence];
	return {
		sentences,
		explanation: `The article says: “${sentences.map((s) => s.text).join(' ')}”`
	};
}

/**
 * Marks candidates with their fact's kind and answer as the article words it. One group per cause:
 * "what resulted in X?" and "what happened as a result of Y?" test one link, so one is kept.
 */
export function tagged(kind: FactKind, answer: string, cause: string) {
	const group = `causal:${normalizeAnswer(cause)}`;
	return (candidates: Candidate[]): Candidate[] =>
		candidates.map((c) => ({ ...c, kind, answer, group }));
}

/**
 * What a student may type: the phrase as written, without a spelled-out parenthesis, with an
 * abbreviation in place of its expansion ("the price of LPG doubled"), without a leading "the" or
 * connective. None that the prompt already contains.
 */
export function acceptedForms(article: Article, answer: string, prompt: string): string[] {
	const forms = [answer, answer.replace(/\s*\([^)]*\)/g, '')];
	for (const [short, long] of article.abbreviations) {
		const spelled = new RegExp(`${escapeRegExp(long)}\\s*\\(${escapeRegExp(short)}\\)`, 'i');
		if (spelled.test(answer)) forms.push(answer.replace(spelled, short));
	}
	for (const form of [...forms]) forms.push(form.replace(/^(?:the|to|so that|blaming)\s+/i, ''));
	// "Trump refused to certify it [in mid-October]", "a Senate budget agreement [that excluded
	// them]": a student who gives the core of the cause without its time or its relative clause
	// has found it.
	for (const form of [...forms]) {
		const core = CORE_CUT.exec(form);
		if (core && wordsIn(core[1]!) >= 3) forms.push(core[1]!);
	}
	return [...new Set(forms.map((f) => f.trim()))].filter(
		(f) => wordsIn(f) >= 2 && !containsAnswer(prompt, f)
	);
}

/**
 * The words of a cause before its first relative clause or trailing time, place or extent phrase:
 * "Lines of trucks stretched [for more than 4 kilometers outside one terminal]".
 */
const CORE_CUT =
	/^(.+?)\s(?:that|which|who|in|on|during|at|after|before|since|from|last|earlier|this|for|outside|across|through|along|near|around|amid)\s/i;

/**
 * "What happened as a result of …?" for every relation whose connective names a result: the cause
 * as a noun phrase ("increased fuel prices") or as a clause turned into one ("the main road bridge
 * being closed"). Wrong options are other events of the article, never the cause itself nor another
 * result of the same cause.
 */
export function effectQuestions(
	article: Article,
	relations: readonly CauseRelation[]
): Candidate[] {
	const out: Candidate[] = [];
	for (const relation of relations) {
		const { result } = relation;
		if (!result || wordsIn(result) > MAX_ANSWER_WORDS || hasUnresolved(result)) continue;
		const asked =
			relation.causeIsClause && /\s/.test(relation.cause)
				? nominal(relation.cause, relation.evidence ?? [relation.sentence])
				: relation.cause;
		const prompt = asked
			? `According to the article, what happened as a result of ${lowerFirst(asked, capitalRule(relation))}?`
			: `According to the article, what happened because ${lowerFirst(relation.cause, capitalRule(relation))}?`;
		if (hasUnresolved(prompt) || containsAnswer(prompt, result)) continue;
		// "…hostile action in the war on the peninsula": which peninsula is in another sentence.
		if (namesUnshownThing(prompt, article.introducedNouns)) continue;
		// One question per cause: two results of one cause would share a prompt.
		const key = `effect:${normalizeAnswer(relation.cause)}`;
		const { sentences, explanation } = evidenceOf(relation);
		const common = { prompt, skill: 'cause-effect' as const, evidence: sentences, explanation };
		const mark = tagged('effect', result, relation.cause);
		const wrong = effectDistractors(article, relations, relation, result);
		out.push(...mark(candidate(singleChoice(common, capitalize(result), wrong), 8.5, key)));
		const accepted = acceptedForms(article, result, prompt);
		if (accepted.length > 0) out.push(...mark(candidate(shortAnswer(common, accepted), 7, key)));
	}
	return out;
}

/**
 * A clause as a noun phrase for "as a result of": "the price of gas doubled" → "the price of gas
 * doubling", "the bridge was closed" → "the bridge being closed". Undefined for a verb group
 * compromise cannot take apart.
 */
function nominal(clause: string, sentences: readonly ArticleSentence[]): string | undefined {
	// The first verb group after a subject, read from the tags the article already has (a new
	// parse per clause would cost more than the rest of the question): "Fuel" in "Fuel riots" is
	// no verb because the group must not start the clause.
	// The cause may start lowercase where its sentence starts with a capital.
	const lower = clause.toLowerCase();
	const sentence = sentences.find((s) => s.text.toLowerCase().includes(lower));
	if (!sentence) return undefined;
	const offset = sentence.text.toLowerCase().indexOf(lower);
	const terms = sentence.terms.filter((t) => t.start >= offset && t.end <= offset + clause.length);
	// "(after) eating breakfast prepared in a kitchen …": already a gerund phrase, whose later
	// participle is no verb to turn ("eating breakfast preparing …").
	if (terms[0]?.tags.has('Gerund') || (terms[0]?.tags.has('Verb') && /ing$/.test(terms[0].normal)))
		return clause;
	// "The steel plant closed": compromise may tag a past verb after a noun as an adjective.
	const isVerb = (t: Term, i: number) =>
		t.tags.has('Verb') ||
		(t.tags.has('Adjective') && /ed$/.test(t.normal) && terms[i - 1]?.tags.has('Noun') === true);
	// "a burst main cut supply to an estimated 400,000 homes": compromise read "cut" as a noun and
	// "estimated" as the verb; the finite flags know better.
	const finite = finiteFlagsOf(sentence.terms);
	const firstIndex = sentence.terms.indexOf(terms[0]!);
	const flagged = terms.findIndex((_, i) => i > 0 && finite[firstIndex + i]);
	const first = flagged > 0 ? flagged : terms.findIndex((t, i) => i > 0 && isVerb(t, i));
	// "an estimated 400,000 homes": a participle after an article describes; the verb was missed.
	if (first < 0 || terms[first - 1]!.tags.has('Determiner')) return undefined;
	let last = first;
	// Auxiliaries and the main verb; a particle stays in the rest of the clause ("closed | in May").
	while (terms[last + 1]?.tags.has('Verb') && !terms[last + 1]!.tags.has('Particle')) last += 1;
	const words = sentence.text.slice(terms[first]!.start, terms[last]!.end);
	const at = clause.indexOf(words);
	const parts = words.split(/\s+/);
	let gerund: string | undefined;
	if (/^(?:was|were|is|are)$/i.test(parts[0]!) && /ing$/.test(parts[1] ?? ''))
		gerund = parts.slice(1).join(' ');
	else if (/^(?:was|were|is|are)$/i.test(parts[0]!) && parts.length > 1)
		gerund = ['being', ...parts.slice(1)].join(' ');
	else if (/^(?:had|has|have)$/i.test(parts[0]!) && parts.length > 1)
		gerund = ['having', ...parts.slice(1)].join(' ');
	else if (parts.length === 1 || /^(?:up|down|out|off|in|on|over)$/.test(parts[1] ?? ''))
		gerund = conjugate(words, 'Gerund');
	if (!gerund) return undefined;
	// "pumping stations operated by the utility were left without power": the first verb was a
	// participle's, and the clause's own verb would stay finite after the gerund. A verb right
	// after the group ("was shut") is the group's; one inside a clause of its own ("feared that
	// machines would cause …") belongs there.
	let laterVerb = false;
	let next = firstIndex + last + 1;
	while (finite[next]) next += 1;
	for (; next < sentence.terms.length; next += 1) {
		const term = sentence.terms[next]!;
		if (term.end > offset + clause.length || OPENS_CLAUSE.test(term.normal)) break;
		if (finite[next]) laterVerb = true;
	}
	const phrase = `${clause.slice(0, at)}${gerund}${clause.slice(at + words.length)}`;
	// "the gap having been": a passive cut before its participle.
	if (laterVerb || /\b(?:been|being)$/.test(phrase)) return undefined;
	return phrase;
}

function effectDistractors(
	article: Article,
	relations: readonly CauseRelation[],
	relation: CauseRelation,
	result: string
): WrongOption[] {
	const same = normalizeAnswer(relation.cause);
	const taken = [contentWords(result), contentWords(relation.cause)];
	for (const other of relations)
		if (normalizeAnswer(other.cause) === same && other.result)
			taken.push(contentWords(other.result));
	const isClause = !relation.effectIsPhrase;
	const pool = isClause
		? eventClauses(article, evidenceOf(relation).sentences)
		: eventPhrases(article);
	const wrong: WrongOption[] = [];
	for (const text of pool) {
		const words = contentWords(text);
		if (words.size < 2) continue;
		if (taken.some((t) => [...words].filter((w) => t.has(w)).length / words.size >= 0.34)) continue;
		taken.push(words);
		wrong.push({ text: capitalize(text) });
	}
	return wrong;
}

/** A cause that opens with a name keeps its capital ("because Gardner blocked…", "as a result of
 * Democrats withholding…"), as tagged in its sentence. */
function capitalRule(relation: CauseRelation): LowerFirstRule {
	const firstWord = relation.cause.split(/\s/)[0];
	const term = relation.sentence.terms.find((t) => t.text === firstWord);
	return term ? { term } : 'determiner-or-phrase';
}
