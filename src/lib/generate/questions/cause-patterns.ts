import type { Article, ArticleSentence } from '../types';
import { infinitiveOf, questionSubject, stripFinalPunctuation } from '../text/grammar';
import { wordsIn } from '../text/normalize';

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
}

const PASSIVE = /\b(sparked|triggered|caused|driven|fu?ell?ed|prompted|brought on) by\b/i;
const BEGAN_WHEN = /\b(?:began|started|erupted|broke out)\b[^,]*?,?\s*(?:when|after)\s+/i;
const PROMPTING = /,\s*(prompting|forcing|leading|causing)\s+/i;
const RESULTING = /,\s*(resulting in|leading to|causing|triggering|sparking)\s+/i;
const ACTIVE = /\s(led to|resulted in|caused|triggered|sparked)\s/i;
const BECAUSE = /\s(?:because(?: of)?|due to|as a result of|owing to|thanks to)\s/i;
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
	const terms = sentence.terms.filter((t) => t.end <= index);
	const words: string[] = [];
	for (let k = terms.length - 1; k >= 0 && words.length < 4; k -= 1) {
		const t = terms[k]!;
		if (k < terms.length - 1 && /[,;:]/.test(t.post)) break;
		if (!(t.tags.has('Noun') || t.tags.has('Adjective')) || t.tags.has('Pronoun')) break;
		words.unshift(t.text);
	}
	return words.length > 0 ? words.join(' ').replace(/[’']s$/, '') : undefined;
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
			effectIsPhrase = false
		) => {
			if (cause && effect && prompt)
				found.push({ sentence, cause, effect, prompt, causeIsClause, effectIsPhrase });
		};
		let m = PASSIVE.exec(text);
		if (m) {
			const effect = nounPhraseBefore(sentence, m.index);
			const cause = cleanClause(text.slice(m.index + m[0].length));
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
			if (subject)
				add(whenClause, subject.text, `According to the article, what triggered ${subject.text}?`);
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
				add(cause, effect, `According to the article, what ${verb} ${effect}?`, true, true);
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
					true,
					true
				);
		}
		m = BECAUSE.exec(text);
		if (m) add(...becauseRelation(article, sentence, m.index, m[0].length));
	}
	return found;
}

/** "Prices fell because demand collapsed" → cause "demand collapsed", prompt "Why did prices fall?" */
function becauseRelation(
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
