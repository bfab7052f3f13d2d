import { lowerFirst } from '../text/lower-first';
import type { Article, ArticleSentence, Term } from '../types';
import { questionSubject, stripFinalPunctuation } from '../text/grammar';
import { wordsIn } from '../text/normalize';
import { conjunctionReasons, connectiveReasons } from './cause-connectives';
import { adjacentRelations } from './effects-adjacent';
import { splitClauses } from '../analyze/clauses';
import { clauseFrom, conjugate, resolvePossessive } from './effects-clause';

/** One cause and its effect as the article states them in one sentence. */
export interface CauseRelation {
	sentence: ArticleSentence;
	cause: string;
	effect: string;
	/** The question to ask for the cause: "what sparked the protests?", "why did …?" */
	prompt: string;
	/** A full clause ("the price … doubled") rather than a noun phrase ("increased fuel prices"). */
	causeIsClause: boolean;
	/** The effect reads as a stand-alone option ("top-level resignations"), not "protesters to take…". */
	effectIsPhrase: boolean;
	/** The effect is a full clause that reads as a stand-alone option ("the price … doubled"). */
	effectIsClause: boolean;
	/** Added to the question's score: what began an event matters more than a side result. */
	weight: number;
	/**
	 * The effect as a stand-alone answer to "What happened as a result of …?" ("Protesters took to
	 * the streets"); undefined when the connective gives a purpose or a motive, which has no result.
	 */
	result?: string;
	/** Sentences to quote, when the cause is in the sentence before the effect's. */
	evidence?: ArticleSentence[];
}

const PASSIVE =
	/\b(sparked|triggered|caused|driven|fu?ell?ed|prompted|brought on)(?: \w+ly)? by\b/i;
const BEGAN_WHEN = /\b(?:began|started|erupted|broke out)\b[^,]*?,?\s*(?:when|after)\s+/i;
const PROMPTING = /,\s*(prompting|forcing|leading|causing)\s+/i;
const RESULTING = /,\s*(resulting in|leading to|causing|triggering|sparking)\s+/i;
/**
 * "Pension reforms have triggered …", "The storm also caused …": the auxiliary and adverb are the
 * verb's, not part of the cause.
 */
const ACTIVE =
	/\s(?:(?:has|have|had)\s+)?(?:(?:also|then|later|eventually|partly|largely|directly|in turn)\s+)?(led to|resulted in|caused|triggered|sparked)\s/i;
/** "Both Republicans and Democrats said (that) …": who gives the cause, before the cause itself. */
const REPORTED_FRAME =
	/^([^,;:“”"]{2,60}?)\s+(?:said|say|says|believe|believes|argued|argue|argues|warned|warn|warns)\s+(?:that\s+)?/;

/** "Officials" → "officials"; "Both Republicans and Democrats" stays; a pronoun names no one. */
function sourceOf(phrase: string): string | undefined {
	if (/^(?:he|she|they|it|we|i)$/i.test(phrase) || wordsIn(phrase) > 6) return undefined;
	const [first = '', ...rest] = phrase.split(' ');
	const common =
		/^(?:Officials|Analysts|Experts|Critics|Economists|Researchers|Scientists|Police|Witnesses|Residents|Doctors|Lawmakers|Some|Many|The)$/.test(
			first
		);
	return common ? [first.toLowerCase(), ...rest].join(' ') : phrase;
}
/**
 * "Officials blamed the outbreak on low vaccination rates", "Experts attributed the rise to …":
 * who gives the cause, the effect they explain, then the cause.
 */
const BLAMED_ON =
	/^(?:(?:In|On|At|During|Later|Earlier)\b[^,;:]{0,40},\s+)?([^,;:“”"]{2,60}?)\s+(?:blamed|blame|blames|attributed|attribute|attributes)\s+((?:the|its|their|a|an)\s+[^,;:“”"]{2,60}?)\s+(on|to)\s+/;

/** "The researchers say the difference is due to the way…": a noun phrase and what it is due to. */
const DUE_TO =
	/\b(the (?:[a-z-]+ ){0,2}[a-z-]+) (is|are|was|were) (?:largely |mainly |partly )?due to\s+/i;
/** Subjects of "X began when…" that are not events: the story, the article, a period of time. */
export const NOT_EVENTS =
	/\b(?:story|article|report|news|day|week|month|year|season|it|this|that|process|meeting|hearing|trial|study)$/i;
const ACTIVE_VERB: Record<string, string> = {
	sparked: 'sparked',
	triggered: 'triggered',
	caused: 'caused',
	driven: 'drove',
	fueled: 'fueled',
	fuelled: 'fuelled',
	prompted: 'prompted',
	'brought on': 'brought on'
};

/** Whether a verb other than a leading participle ("Increased fuel prices") falls in the span. */
function hasVerb(sentence: ArticleSentence, start: number, end: number): boolean {
	const terms = sentence.terms.filter((t) => t.start >= start && t.end <= end);
	return terms.slice(1).some((t) => t.tags.has('Verb') && !t.tags.has('Gerund'));
}

/** Drops relative clauses (", which is used to fuel many cars,") and cuts at the clause's end. */
export function cleanClause(text: string): string | undefined {
	const cut = text
		.replace(/,\s+(?:which|who|where)\b[^,]*,/g, '')
		.replace(/\s*\([^)]*\)\s*(?=[,.]|$)/g, (m) => (/^\s*\([A-Z]{2,}\)\s*$/.test(m) ? m : ''))
		.split(/;|:(?!\d)|,\s|\s(?:which|while|whereas|but)\s|\sand\s(?=\w+ing\b)/)[0];
	const clean = stripFinalPunctuation((cut ?? '').trim()).replace(/^["“”']+|["“”']+$/g, '');
	if (!clean || wordsIn(clean) > 18 || wordsIn(clean) < 2) return undefined;
	// "His departure", "They were too low": a pronoun needs the sentence before it to make sense.
	if (/^(?:his|her|their|its|this|that|these|those|it|they|he|she)\b/i.test(clean))
		return undefined;
	if ((clean.match(/[“”"]/g) ?? []).length % 2 === 1) return undefined;
	return clean;
}

function withArticle(noun: string): string {
	return /^(?:the|a|an|this|these|its|their|his|her)\s/i.test(noun) ? noun : `the ${noun}`;
}

/** The noun phrase right before `index`: "protests" in "epicenter of protests sparked by". */
function nounPhraseBefore(sentence: ArticleSentence, index: number): string | undefined {
	const before = sentence.terms.filter((t) => t.end <= index);
	// "The flooding was caused by…": the noun phrase is the subject before "was".
	let cut = before.length;
	while (cut > 0 && /^(?:is|are|was|were|been|be|has|have|had)$/.test(before[cut - 1]!.normal))
		cut -= 1;
	const terms = before.slice(0, cut);
	const words: string[] = [];
	for (let k = terms.length - 1; k >= 0 && words.length < 4; k -= 1) {
		const t = terms[k]!;
		if (k < terms.length - 1 && /[,;:]/.test(t.post)) break;
		if (!(t.tags.has('Noun') || t.tags.has('Adjective')) || t.tags.has('Pronoun')) break;
		words.unshift(t.text);
	}
	return words.length > 0 ? words.join(' ').replace(/[’']s$/, '') : undefined;
}

/**
 * The noun phrase starting at `index`, up to the verb that follows it: "increased fuel prices" in
 * "protests sparked by increased fuel prices spread across the capital". Undefined when a clause,
 * not a noun phrase, follows.
 */
function nounPhraseAfter(sentence: ArticleSentence, index: number): string | undefined {
	const terms = sentence.terms.filter((t) => t.start >= index);
	const words: Term[] = [];
	for (const [k, t] of terms.entries()) {
		const leadingParticiple = k === 0 && t.tags.has('Verb') && /ed$/.test(t.normal);
		// compromise reads "prices" in "fuel prices spread" as a verb; after a noun it is a noun.
		const pluralAfterNoun =
			k > 0 && t.tags.has('Verb') && /s$/.test(t.text) && terms[k - 1]!.tags.has('Noun');
		const of = t.normal === 'of' && k > 0 && terms[k + 1] !== undefined && !/[,;:]/.test(t.post);
		const nounish =
			(t.tags.has('Noun') ||
				t.tags.has('Adjective') ||
				t.tags.has('Determiner') ||
				t.tags.has('Value')) &&
			!t.tags.has('Pronoun') &&
			!(t.tags.has('Verb') && k > 0);
		if (/^(?:that|which|who)$/.test(t.normal)) break;
		if (!nounish && !leadingParticiple && !pluralAfterNoun && !of) break;
		words.push(t);
		if (pluralAfterNoun || /[,;:.!?)]/.test(t.post)) break;
	}
	const last = words[words.length - 1];
	if (words.length < 2 || words.length > 7 || !last) return undefined;
	if (!last.tags.has('Noun') && !/s$/.test(last.text)) return undefined;
	const next = terms[words.length];
	const ends =
		/[,;:.!?]/.test(last.post) || !next || next.tags.has('Verb') || last.tags.has('Verb');
	if (!ends && !/^(?:that|which|who)$/.test(next.normal)) return undefined;
	return sentence.text.slice(words[0]!.start, last.end);
}

export function findCauseRelations(article: Article): CauseRelation[] {
	const found: CauseRelation[] = [];
	for (const sentence of article.sentences) {
		if (sentence.isQuestion) continue;
		const text = sentence.text;
		const add = (
			cause: string | undefined,
			effect: string | undefined,
			prompt: string | undefined,
			options: Partial<CauseRelation> = {}
		) => {
			if (cause && effect && prompt && !frontedPhrase(sentence, cause))
				found.push({
					sentence,
					cause,
					effect,
					prompt,
					causeIsClause: true,
					effectIsPhrase: false,
					effectIsClause: false,
					weight: 0,
					...options
				});
		};
		let m = PASSIVE.exec(text);
		// "Inflation rose to 24.6%, the service said last week, driven by …": what was driven is
		// the reported clause, not the attribution's time ("What drove the week?").
		const afterAttribution =
			m !== null &&
			/\b(?:said|says|reported|announced|added|told \w+)\b[^,;]{0,30},?\s*$/.test(
				text.slice(0, m.index)
			);
		if (m && !afterAttribution) {
			const named = nounPhraseBefore(sentence, m.index);
			const effect = named && resolvePossessive(article, sentence, named);
			const cause =
				nounPhraseAfter(sentence, m.index + m[0].length) ??
				clauseFrom(sentence, m.index + m[0].length);
			const verb = ACTIVE_VERB[m[1]!.toLowerCase()] ?? m[1]!.toLowerCase();
			if (effect)
				add(
					cause,
					effect,
					`According to the article, what ${verb} ${withArticle(effect === named ? effect.toLowerCase() : effect)}?`,
					{
						causeIsClause: false
					}
				);
		}
		m = BEGAN_WHEN.exec(text);
		// "Atieno, who sells vegetables, said customers had started paying after …": only an event
		// that is the sentence's own subject begins, with nothing but a time before "when".
		if (m && (/,/.test(text.slice(0, m.index)) || /\b\w+ing\b/.test(m[0]))) m = null;
		const whenClause = m ? clauseFrom(sentence, m.index + m[0].length) : undefined;
		if (m) {
			const verbIndex = sentence.terms.findIndex((t) => t.start >= m!.index);
			const subject = questionSubject(article, sentence, sentence.terms.slice(0, verbIndex));
			const began = /\b(?:began|started|erupted|broke out)\b/i.exec(m[0])?.[0];
			// "The story began when…" names no event that something could have triggered.
			if (subject && !NOT_EVENTS.test(subject.text))
				add(whenClause, subject.text, `According to the article, what triggered ${subject.text}?`, {
					weight: 1,
					result: `${subject.text} ${began ?? 'began'}`
				});
		}
		m = PROMPTING.exec(text);
		if (m) {
			const effect = clauseFrom(sentence, m.index + m[0].length);
			const cause =
				whenClause ??
				relativeCause(sentence, m.index) ??
				subordinateCause(sentence, m.index) ??
				clauseFrom(sentence, 0, m.index + 1);
			const word = m[1]!.toLowerCase();
			const verb = PARTICIPLE_VERB[word];
			// "prompting the city | to plan further expansion in order to …": an effect cut before
			// what it was prompted to do asks "What prompted the city?".
			const effectAt = effect ? text.indexOf(effect, m.index) : -1;
			const cutBeforeItsVerb =
				effect !== undefined &&
				effectAt >= 0 &&
				/^\s+to\s+\p{Ll}/u.test(text.slice(effectAt + effect.length));
			if (effect && verb && !cutBeforeItsVerb)
				add(cause, effect, `According to the article, what ${verb} ${effect}?`, {
					result: participleResult(word, effect, sentence, m.index + m[0].length)
				});
		}
		m = RESULTING.exec(text);
		if (m && m.index !== PROMPTING.exec(text)?.index) {
			const effect = clauseFrom(sentence, m.index + m[0].length);
			const cause = relativeCause(sentence, m.index) ?? clauseFrom(sentence, 0, m.index + 1);
			const verb = PARTICIPLE_VERB[m[1]!.toLowerCase()];
			if (effect && verb)
				add(cause, effect, `According to the article, what ${verb} ${effect}?`, {
					effectIsPhrase: true,
					weight: -1,
					result: effect
				});
		}
		m = ACTIVE.exec(text);
		if (m && !PASSIVE.test(text)) {
			// "Officials said the heavy rains led to …": the cause is the rains, by the officials' word.
			const frame = REPORTED_FRAME.exec(text.slice(0, m.index));
			const source = frame ? sourceOf(frame[1]!) : 'the article';
			const from = frame ? frame[0].length : 0;
			const cause = source ? clauseFrom(sentence, from, m.index) : undefined;
			const written = clauseFrom(sentence, m.index + m[0].length);
			const effect = written && resolvePossessive(article, sentence, written);
			if (cause && !/,/.test(text.slice(from, m.index)))
				add(
					cause,
					effect,
					effect && `According to ${source}, what ${m[1]!.toLowerCase()} ${effect}?`,
					{
						causeIsClause: hasVerb(sentence, from, m.index),
						effectIsPhrase: true,
						result: effect
					}
				);
		}
		m = BLAMED_ON.exec(text);
		// "In a statement, Arlon blamed …": the blaming follows its source, past any opener.
		const sourceEnd = m ? m[0].indexOf(m[1]!) + m[1]!.length : 0;
		const blamedOn = m && /^blam/i.test(text.slice(sourceEnd).trim()) === (m[3] === 'on');
		if (m && blamedOn && !/\b(?:said|says|told)\b/.test(m[1]!)) {
			// "Millers have blamed …": the auxiliary is the verb's.
			const named = sourceOf(m[1]!.replace(/\s+(?:have|has|had|also|have also|had also)$/i, ''));
			// "Farmers blamed …" → "According to farmers"; a name keeps its capital, a hyphenated
			// one ("Asante-Mensah") too.
			const opening = sentence.terms[0];
			// (After an opener, "In a statement, Arlon blamed …", the source is written as it stands.)
			const opensSentence = sourceEnd === m[1]!.length;
			const source =
				named &&
				(opening?.post === '-' || !opensSentence ? named : lowerFirst(named, { term: opening }));
			// "blamed the surge in prices partly on …": the adverb is the blaming's.
			const written = m[2]!.replace(/\s+\p{L}+ly$/u, '');
			const effect = resolvePossessive(article, sentence, written);
			const at = m.index + m[0].length;
			// "blamed the closure on a drop in orders and on energy costs that …": the first reason,
			// whole, rather than a list cut inside its second.
			const second = /\s+and\s+(?:on|to)\s+/.exec(text.slice(at));
			const cause =
				(second ? text.slice(at, at + second.index) : undefined) ??
				nounPhraseAfter(sentence, at) ??
				clauseFrom(sentence, at);
			if (source && effect && !/\b(?:he|she|it|they|this|that)\b/i.test(effect))
				add(cause, effect, `According to ${source}, what caused ${effect}?`, {
					causeIsClause: false,
					weight: 0.5
				});
		}
		m = DUE_TO.exec(text);
		if (m) {
			const effect = m[1]!.toLowerCase();
			add(
				clauseFrom(sentence, m.index + m[0].length),
				effect,
				`According to the article, what ${m[2]!.toLowerCase()} ${effect} due to?`,
				{ causeIsClause: false }
			);
		}
		const reasons = DUE_TO.test(text) ? [] : conjunctionReasons(article, sentence);
		for (const reason of reasons.length > 0 ? reasons : connectiveReasons(article, sentence))
			add(reason.cause, reason.effect, reason.prompt, {
				causeIsClause: reason.causeIsClause,
				effectIsClause: true,
				weight: reason.weight,
				...(reason.result ? { result: reason.result } : {})
			});
	}
	return [...found, ...adjacentRelations(article)];
}

/**
 * "…was Gardner, who blocked key nominees, triggering a standoff": the participle follows the
 * relative clause, so what triggered it is that clause with its noun: "Gardner blocked key
 * nominees". Undefined unless a ", who …" or ", which …" clause runs up to character `at`.
 */
function relativeCause(sentence: ArticleSentence, at: number): string | undefined {
	const { terms, text } = sentence;
	const before = terms.filter((t) => t.end <= at);
	const pronounAt = before.findLastIndex(
		(t, i) => i > 0 && /^(?:who|which)$/.test(t.normal) && /,\s*$/.test(before[i - 1]!.post)
	);
	if (pronounAt < 1 || pronounAt + 1 >= before.length) return undefined;
	let start = pronounAt - 1;
	while (
		start > 0 &&
		(before[start - 1]!.tags.has('Noun') || before[start - 1]!.tags.has('Adjective')) &&
		!/,/.test(before[start - 1]!.post)
	)
		start--;
	const antecedent = text.slice(before[start]!.start, before[pronounAt - 1]!.end);
	const clause = stripFinalPunctuation(text.slice(before[pronounAt + 1]!.start, at).trim());
	if (!before[start]!.tags.has('Noun') || wordsIn(clause) < 2) return undefined;
	return `${antecedent} ${clause}`;
}

/**
 * "The outage began at 1:40 p.m., when a transformer caught fire at the grid station, prompting
 * shutdowns": a participle inside a subordinate clause tells what that clause's event did, so the
 * cause is "a transformer caught fire at the grid station", not the main clause. Undefined unless
 * a subordinate clause with a subject and verb holds the participle at character `at`.
 */
function subordinateCause(sentence: ArticleSentence, at: number): string | undefined {
	const { terms } = sentence;
	const participle = terms.findIndex((t) => t.start >= at);
	const clause = splitClauses(sentence).find(
		(c) =>
			c.kind === 'subordinate' &&
			c.subject !== undefined &&
			c.verb !== undefined &&
			c.firstTerm < participle &&
			participle < c.lastTerm &&
			c.verb.to <= participle
	);
	if (!clause?.subject) return undefined;
	const cause = clauseFrom(sentence, terms[clause.subject.from]!.start, at);
	return cause && wordsIn(cause) >= 3 ? cause : undefined;
}

/**
 * "Leading the charge against the decision was Gardner, …, triggering a standoff": a cause that
 * opens with a fronted verb phrase is the sentence turned round, not the event that caused it.
 */
function frontedPhrase(sentence: ArticleSentence, cause: string): boolean {
	// "…, blaming the government": a participle after the main clause is the reason itself.
	if (sentence.text.indexOf(cause) !== 0) return false;
	const first = sentence.terms[0];
	return (
		first !== undefined &&
		/ing$/i.test(first.text) &&
		(first.tags.has('Gerund') || first.tags.has('Verb')) &&
		!first.tags.has('Noun')
	);
}

const PARTICIPLE_VERB: Record<string, string> = {
	prompting: 'prompted',
	forcing: 'forced',
	leading: 'led',
	causing: 'caused',
	'resulting in': 'resulted in',
	'leading to': 'led to',
	triggering: 'triggered',
	sparking: 'sparked'
};

/**
 * What ", prompting protesters to take to the streets" says happened: "protesters took to the
 * streets"; ", forcing 3,400 residents from their homes" → "3,400 residents were forced from their
 * homes". Undefined when the object is not followed by "to" + verb or by "from"/"out of".
 */
function participleResult(
	word: string,
	effect: string,
	sentence: ArticleSentence,
	from: number
): string | undefined {
	const terms = sentence.terms.filter((t) => t.start >= from);
	const to = terms.findIndex((t) => /^(?:to|from|out|into)$/.test(t.normal));
	if (to <= 0) return undefined;
	const object = sentence.text.slice(terms[0]!.start, terms[to - 1]!.end);
	if (!effect.startsWith(object)) return undefined;
	const after = effect.slice(object.length).trim();
	if (terms[to]!.normal === 'to') {
		const verb = terms[to + 1];
		const past = verb && conjugate(verb.normal, 'PastTense');
		// The effect was cut before "to …" (a purpose too long to keep): nothing follows to tell.
		if (!past || !effect.includes(`to ${verb.text}`)) return undefined;
		return `${object} ${past}${after.slice(3 + verb.text.length)}`;
	}
	if (word !== 'forcing') return undefined;
	const plural = terms.slice(0, to).some((t) => t.tags.has('Plural') || t.tags.has('Value'));
	return `${object} ${plural ? 'were' : 'was'} forced ${after}`;
}
