import type { Article, ArticleSentence, Term } from '../types';
import { infinitiveOf, questionSubject, stripFinalPunctuation } from '../text/grammar';
import { wordsIn } from '../text/normalize';
import { connectiveReasons } from './cause-connectives';

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
}

const PASSIVE = /\b(sparked|triggered|caused|driven|fu?ell?ed|prompted|brought on) by\b/i;
const BEGAN_WHEN = /\b(?:began|started|erupted|broke out)\b[^,]*?,?\s*(?:when|after)\s+/i;
const PROMPTING = /,\s*(prompting|forcing|leading|causing)\s+/i;
const RESULTING = /,\s*(resulting in|leading to|causing|triggering|sparking)\s+/i;
const ACTIVE = /\s(led to|resulted in|caused|triggered|sparked)\s/i;
/** "The researchers say the difference is due to the way…": a noun phrase and what it is due to. */
const DUE_TO =
	/\b(the (?:[a-z-]+ ){0,2}[a-z-]+) (is|are|was|were) (?:largely |mainly |partly )?due to\s+/i;
const BECAUSE = /\s(?:because(?: of)?|due to|as a result of|owing to|thanks to)\s/i;
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
		.split(/[;:]|,\s|\s(?:which|while|whereas|but)\s|\sand\s(?=\w+ing\b)/)[0];
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
			causeIsClause = true,
			effectIsPhrase = false,
			effectIsClause = false,
			weight = 0
		) => {
			if (cause && effect && prompt)
				found.push({
					sentence,
					cause,
					effect,
					prompt,
					causeIsClause,
					effectIsPhrase,
					effectIsClause,
					weight
				});
		};
		let m = PASSIVE.exec(text);
		if (m) {
			const effect = nounPhraseBefore(sentence, m.index);
			const cause =
				nounPhraseAfter(sentence, m.index + m[0].length) ??
				cleanClause(text.slice(m.index + m[0].length));
			const verb = ACTIVE_VERB[m[1]!.toLowerCase()] ?? m[1]!.toLowerCase();
			if (effect)
				add(
					cause,
					effect,
					`According to the article, what ${verb} ${withArticle(effect.toLowerCase())}?`,
					false
				);
		}
		m = BEGAN_WHEN.exec(text);
		const whenClause = m ? cleanClause(text.slice(m.index + m[0].length)) : undefined;
		if (m) {
			const verbIndex = sentence.terms.findIndex((t) => t.start >= m!.index);
			const subject = questionSubject(article, sentence, sentence.terms.slice(0, verbIndex));
			// "The story began when…" names no event that something could have triggered.
			if (subject && !NOT_EVENTS.test(subject.text))
				add(
					whenClause,
					subject.text,
					`According to the article, what triggered ${subject.text}?`,
					true,
					false,
					false,
					1
				);
		}
		m = PROMPTING.exec(text);
		if (m) {
			const effect = cleanClause(text.slice(m.index + m[0].length));
			const cause = whenClause ?? cleanClause(text.slice(0, m.index));
			const verb = { prompting: 'prompted', forcing: 'forced', leading: 'led', causing: 'caused' }[
				m[1]!.toLowerCase()
			];
			if (effect && verb) add(cause, effect, `According to the article, what ${verb} ${effect}?`);
		}
		m = RESULTING.exec(text);
		if (m) {
			const effect = cleanClause(text.slice(m.index + m[0].length));
			const cause = cleanClause(text.slice(0, m.index));
			const verb = {
				'resulting in': 'resulted in',
				'leading to': 'led to',
				causing: 'caused',
				triggering: 'triggered',
				sparking: 'sparked'
			}[m[1]!.toLowerCase()];
			if (effect && verb)
				add(
					cause,
					effect,
					`According to the article, what ${verb} ${effect}?`,
					true,
					true,
					false,
					-1
				);
		}
		m = ACTIVE.exec(text);
		if (m && !PASSIVE.test(text)) {
			const cause = cleanClause(text.slice(0, m.index));
			const effect = cleanClause(text.slice(m.index + m[0].length));
			if (cause && !/,/.test(text.slice(0, m.index)))
				add(
					cause,
					effect,
					effect && `According to the article, what ${m[1]!.toLowerCase()} ${effect}?`,
					hasVerb(sentence, 0, m.index),
					true
				);
		}
		m = DUE_TO.exec(text);
		if (m) {
			const effect = m[1]!.toLowerCase();
			add(
				cleanClause(text.slice(m.index + m[0].length)),
				effect,
				`According to the article, what ${m[2]!.toLowerCase()} ${effect} due to?`,
				false
			);
		}
		m = DUE_TO.test(text) ? null : BECAUSE.exec(text);
		if (m) add(...becauseRelation(article, sentence, m.index, m[0].length), true, false, true);
		else
			for (const reason of connectiveReasons(article, sentence))
				add(reason.cause, reason.effect, reason.prompt, true, false, true, reason.weight);
	}
	return found;
}

/** "Prices fell because demand collapsed" → cause "demand collapsed", prompt "Why did prices fall?" */
export function becauseRelation(
	article: Article,
	sentence: ArticleSentence,
	index: number,
	length: number
): [string | undefined, string | undefined, string | undefined] {
	const cause = cleanClause(sentence.text.slice(index + length));
	const before = sentence.text.slice(0, index);
	if (/,/.test(before) || /\b(?:is|are|was|were|be|been)\s*$/i.test(before))
		return [undefined, undefined, undefined];
	const terms = sentence.terms.filter((t) => t.end <= index);
	const verbStart = terms.findIndex((t) => t.tags.has('Verb'));
	if (verbStart <= 0) return [undefined, undefined, undefined];
	let verbEnd = verbStart + 1;
	while (verbEnd < terms.length && terms[verbEnd]!.tags.has('Verb')) verbEnd += 1;
	const subject = questionSubject(article, sentence, terms.slice(0, verbStart));
	if (!subject) return [undefined, undefined, undefined];
	const rest = stripFinalPunctuation(sentence.text.slice(terms[verbEnd - 1]!.end, index).trim());
	const verbTerms = terms.slice(verbStart, verbEnd);
	const first = verbTerms[0]!;
	const tail = rest ? ` ${rest}` : '';
	if (first.tags.has('Auxiliary') || first.tags.has('Copula') || first.tags.has('Modal')) {
		const remainder = verbTerms
			.slice(1)
			.map((t) => ` ${t.text}`)
			.join('');
		return [
			cause,
			stripFinalPunctuation(before),
			`Why ${first.text.toLowerCase()} ${subject.text}${remainder}${tail}?`
		];
	}
	const verb = verbTerms.map((t) => t.text).join(' ');
	return [
		cause,
		stripFinalPunctuation(before),
		simpleWhy(subject, verb, first.tags.has('PastTense'), tail)
	];
}

function simpleWhy(
	subject: { text: string; plural: boolean },
	verb: string,
	past: boolean,
	rest: string
): string | undefined {
	const infinitive = infinitiveOf(verb);
	if (!infinitive) return undefined;
	return `Why ${past ? 'did' : subject.plural ? 'do' : 'does'} ${subject.text} ${infinitive}${rest}?`;
}
