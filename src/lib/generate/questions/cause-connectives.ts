import { infinitiveOf, questionSubject, stripFinalPunctuation } from '../text/grammar';
import { wordsIn } from '../text/normalize';
import type { Article, ArticleSentence, Term } from '../types';
import { clauseFrom, conjugate, MAX_ANSWER_WORDS } from './effects-clause';

/**
 * Connectives that give a reason or a purpose after the main clause: "…, blaming X", "… amid X",
 * "… on X grounds", "… in order to X", "… so that X", "… citing X". Purpose and reason both answer
 * "Why …?", but neither names an event with a result, so they give no effect question.
 */
const REASON =
	/(?:,\s*|\s)(blaming|citing|amid|in order to|so that|on (?:the )?(?:[\w-]+ ){1,3}grounds?(?: that| of)?|on (?:the )?grounds (?:that|of))(?:\s|(?=[.,;]))/i;
/** "flew to Singapore to focus on logistics": a purpose infinitive after a motion or effort verb. */
const PURPOSE =
	/\b(?:went|go|goes|traveled|travelled|flew|came|met|meet|worked|work|moved)\b[^,;]{0,60}?\s(to (?!the\b|a\b|an\b)[a-z]+)\s/i;
/** Causal conjunctions before a clause; "since" and "as" are checked further (they also tell time). */
// "after" is left out: it dates an event far more often than it explains one.
const CAUSAL = /(?:^|,?\s)(because(?: of)?|due to|as a result of|owing to|since|as)\s/gi;
/** "as" that does not mean "because". */
const NOT_CAUSAL_AS =
	/^as (?:well|part|soon|long|much|many|far|of|if|though|usual|expected|a |an |the |it |he |she )/i;
const REPORTING =
	/^(?:say|says|said|claim|claims|claimed|told|believe|believes|argue|argued|think|thinks)$/;

export interface Reason {
	cause: string;
	effect: string;
	prompt: string;
	weight: number;
	/** The effect as a stand-alone statement when the connective names a cause, not a purpose. */
	result?: string;
	causeIsClause: boolean;
}

/** Reasons stated with a conjunction: "Prices fell because demand collapsed", "Because X, Y". */
export function conjunctionReasons(article: Article, sentence: ArticleSentence): Reason[] {
	const text = sentence.text;
	for (const m of text.matchAll(CAUSAL)) {
		const word = m[1]!.toLowerCase();
		const at = m.index + m[0].length;
		const rest = text.slice(at);
		const leading = m.index === 0;
		if (
			word === 'as' &&
			(NOT_CAUSAL_AS.test(`as ${rest}`) || (!/,\s*$/.test(text.slice(0, m.index + 1)) && !leading))
		)
			continue;
		const isClause = startsClause(sentence, at);
		// "since 2019", "after the match": a date or a noun phrase, not an event that caused another.
		if ((word === 'since' || word === 'as' || word === 'after') && !isClause) continue;
		const commaAt = leading ? text.indexOf(', ', at) : -1;
		if (leading && commaAt < 0) continue;
		const cause = clauseFrom(sentence, at, leading ? commaAt + 1 : Infinity);
		const [mainFrom, mainTo] = leading ? [commaAt + 2, text.length] : [0, m.index];
		if (
			word === 'since' &&
			/\b(?:has|have|had)\s+(?:been\s+)?\w+ed\b/i.test(text.slice(mainFrom, mainTo))
		)
			continue;
		const why = whyAbout(article, sentence, mainFrom, mainTo);
		if (!cause || !why) continue;
		return [
			{
				cause: resolveThey(cause, why.subject),
				effect: why.effect,
				prompt: why.prompt,
				weight: word === 'after' ? -0.5 : 0,
				result: why.effect,
				causeIsClause: isClause
			}
		];
	}
	return [];
}

/** Whether a subject and a finite verb open the text at `at`: "engineers checked", not "the match". */
function startsClause(sentence: ArticleSentence, at: number): boolean {
	const terms = sentence.terms.filter((t) => t.start >= at).slice(0, 6);
	// compromise tags "engineers" in "engineers checked" as a verb: a subject comes first anyway.
	const verb =
		1 +
		terms
			.slice(1)
			.findIndex((t) => t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Infinitive'));
	if (verb <= 0) return false;
	return terms.slice(0, verb).every((t) => !/[,;:]/.test(t.post) && !t.tags.has('Preposition'));
}

/** "because they were too low" after "the walls failed": "they" is the walls. */
function resolveThey(cause: string, subject: { text: string; plural: boolean }): string {
	const m = /^(they|it)\b/i.exec(cause);
	if (!m || (m[1]!.toLowerCase() === 'they') !== subject.plural) return cause;
	return subject.text + cause.slice(m[0].length);
}

/** Reasons and purposes stated with a connective after a simple main clause. */
export function connectiveReasons(article: Article, sentence: ArticleSentence): Reason[] {
	const found: Reason[] = [];
	const text = sentence.text;
	const m = REASON.exec(text);
	if (m) {
		const connective = m[1]!.toLowerCase();
		const at = m.index + m[0].indexOf(m[1]!);
		const why = whyAbout(article, sentence, 0, m.index);
		const cause = answerAfter(text.slice(at), connective);
		if (cause && why)
			found.push({
				cause,
				effect: why.effect,
				prompt: why.prompt,
				weight: 0.5,
				causeIsClause: false
			});
	}
	const p = m ? null : PURPOSE.exec(text);
	// "went to Arlington": a place, not a purpose.
	if (p && !/^to \p{Lu}/u.test(p[1]!)) {
		const at = p.index + p[0].lastIndexOf(p[1]!);
		const why = whyAbout(article, sentence, 0, at - 1);
		const cause = clauseFrom(sentence, at);
		if (cause && why && wordsIn(cause) >= 3)
			found.push({
				cause,
				effect: why.effect,
				prompt: why.prompt,
				weight: 0,
				causeIsClause: false
			});
	}
	return found;
}

/**
 * The reason as an answer, cut to the clause: "blaming what he said was “X” shown in …" → "X" when
 * the reason is a quotation (the quoted words are the reason given); "amid fears of a recession" →
 * "fears of a recession"; "in order to pay" → "to pay"; else the phrase, at most 14 words.
 */
function answerAfter(rest: string, connective: string): string | undefined {
	const phrase = rest.split(/[;:]|,\s|\.\s|\.$/)[0] ?? '';
	const quoted = /[“"]([^”"]{6,80})[”"]/.exec(phrase);
	if (quoted && /^(?:blaming|citing)$/.test(connective)) return quoted[1]!.trim();
	// "on security grounds": the connective is the whole reason.
	if (/grounds?$/.test(connective)) return stripFinalPunctuation(phrase);
	const words = stripFinalPunctuation(phrase).split(/\s+/);
	if (words.length > MAX_ANSWER_WORDS || words.length <= connective.split(' ').length)
		return undefined;
	const drop = connective === 'amid' ? 1 : connective === 'in order to' ? 2 : 0;
	return words.slice(drop).join(' ');
}

export interface Why {
	/** The clause asked about, as written: "the walls failed". */
	effect: string;
	prompt: string;
	subject: { text: string; plural: boolean };
}

/**
 * "Why …?" about the clause between `from` and `to`: "Prices fell sharply" → "Why did prices fall
 * sharply?". Reported speech is asked about with its speaker: "Residents say the walls failed" →
 * "Why did the walls fail, according to residents?". Undefined for anything less simple.
 */
export function whyAbout(
	article: Article,
	sentence: ArticleSentence,
	from: number,
	to: number
): Why | undefined {
	const before = sentence.text.slice(from, to);
	if (/,/.test(before) || /\b(?:is|are|was|were|be|been)\s*$/i.test(before)) return undefined;
	const terms = sentence.terms.filter((t) => t.start >= from && t.end <= to);
	const verbStart = terms.findIndex((t) => t.tags.has('Verb'));
	if (verbStart <= 0) return undefined;
	if (REPORTING.test(terms[verbStart]!.normal)) {
		const speaker = questionSubject(article, sentence, terms.slice(0, verbStart));
		const next = terms[verbStart + 1]?.normal === 'that' ? verbStart + 2 : verbStart + 1;
		const inner = terms[next] && whyAbout(article, sentence, terms[next]!.start, to);
		if (!speaker || !inner || /,/.test(inner.prompt)) return undefined;
		return { ...inner, prompt: `${inner.prompt.slice(0, -1)}, according to ${speaker.text}?` };
	}
	let verbEnd = verbStart + 1;
	while (verbEnd < terms.length && terms[verbEnd]!.tags.has('Verb')) verbEnd += 1;
	// "had to be brought": "have to" takes "did", like any main verb.
	const haveTo =
		/^(?:has|have|had)$/.test(terms[verbStart]!.normal) && terms[verbStart + 1]?.normal === 'to';
	if (haveTo) verbEnd = verbStart + 1;
	// "Immigrants who were brought…": the first verb is the relative clause's, not the subject's.
	if (terms.slice(0, verbStart).some((t) => /^(?:who|which|that)$/.test(t.normal)))
		return undefined;
	const subject = questionSubject(article, sentence, terms.slice(0, verbStart));
	if (!subject) return undefined;
	const rest = stripFinalPunctuation(
		sentence.text.slice(terms[verbEnd - 1]!.end, Math.min(to, sentence.text.length)).trim()
	);
	const verbTerms = terms.slice(verbStart, verbEnd);
	const first = verbTerms[0]!;
	const tail = rest ? ` ${rest}` : '';
	const effect = stripFinalPunctuation(before.trim());
	if (first.tags.has('Negative') || verbTerms.some((t) => t.tags.has('Negative'))) return undefined;
	if (
		!haveTo &&
		(first.tags.has('Auxiliary') || first.tags.has('Copula') || first.tags.has('Modal'))
	) {
		const remainder = verbTerms
			.slice(1)
			.map((t) => ` ${t.text}`)
			.join('');
		return {
			effect,
			subject,
			prompt: `Why ${first.text.toLowerCase()} ${subject.text}${remainder}${tail}?`
		};
	}
	const prompt = simpleWhy(subject, verbTerms, tail);
	return prompt ? { effect, subject, prompt } : undefined;
}

function simpleWhy(
	subject: { text: string; plural: boolean },
	verbTerms: readonly Term[],
	rest: string
): string | undefined {
	const phrase = verbTerms.map((t) => t.text).join(' ');
	// compromise conjugates "lost" or "rose" only after a subject.
	const infinitive = infinitiveOf(phrase) ?? conjugate(phrase, 'Infinitive');
	if (!infinitive) return undefined;
	const past =
		verbTerms[0]!.tags.has('PastTense') || /^(?:had|did|was|were)$/.test(verbTerms[0]!.normal);
	return `Why ${past ? 'did' : subject.plural ? 'do' : 'does'} ${subject.text} ${infinitive}${rest}?`;
}
