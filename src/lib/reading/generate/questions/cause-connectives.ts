import { splitClauses } from '../analyze/clauses';
import { finiteFlagsOf } from '../analyze/clauses/verbs';
import {
	doSupportFor,
	infinitiveOf,
	invertWithWh,
	questionSubject,
	stripFinalPunctuation
} from '../text/grammar';
import { singleClause, wellFormed, withoutListCommas } from '../text/question-grammar';
import { listRest, wholeSubject } from './clause-parts';
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
/**
 * "flew to Singapore to focus on logistics", "used cyberattacks to steal money": a purpose
 * infinitive after a verb of motion, effort or means.
 */
const PURPOSE =
	/\b(?:went|go|goes|traveled|travelled|flew|came|met|meet|worked|work|moved|used|uses|sent|deployed|hired|launched|formed|created|set up|visited|returned|gathered|rallied|marched|convened)\b[^,;]{0,60}?\s(to (?!the\b|a\b|an\b)[a-z]+)\s/i;
/** Verbs that say only that something happened, with nothing asked of what it did. */
const BARE_EVENT_VERB =
	/^(?:come|comes|came|follow|follows|followed|happen|happens|happened|occur|occurs|occurred)$/;

/** A perfect, with an adverb or "been" between: "has closed", "had already fallen", "have been hit". */
const PERFECT =
	/\b(?:has|have|had)\s+(?:(?:\w+ly|already|not|never|also|just|long)\s+)*(?:been\s+)?\w+(?:ed|en|wn|un|ne|t)\b/i;

/** Causal conjunctions before a clause; "since" and "as" are checked further (they also tell time). */
// "after" dates an event more often than it explains one: it counts only before a clause, and only
// when the main clause is a response (see `RESPONSE_VERB`).
const CAUSAL = /(?:^|,?\s)(because(?: of)?|due to|as a result of|owing to|since|as|after)\s/gi;
/**
 * Main verbs that answer what came before: "was closed in April after …", "resigned after …".
 * After any other verb ("appeared relaxed after the speech", "said after the vote") "after" only
 * dates, and teachers read a why-question on it as a guess.
 */
const RESPONSE_VERB =
	/\b(?:closed|shut|cancel(?:l)?ed|called off|suspended|halted|postponed|delayed|banned|blocked|scrapped|withdr[ea]w|withdrawn|pulled out|resigned|quit|stepped down|fired|dismissed|sacked|ousted|arrested|detained|charged|indicted|sued|fined|evacuated|fled|protested|rioted|struck|erupted|collapsed|surged|soared|jumped|rose|fell|dropped|plunged|tumbled|declared|imposed|lifted|reversed|apologi[sz]ed|lost|launched|ordered|(?:was|were) forced|decided|voted|agreed|approved|rejected|(?:will|would|to)\s+(?:\w+ly\s+)?(?:ban|close|shut|cancel|suspend|halt|postpone|delay|block|scrap|withdraw|resign|quit|fire|dismiss|arrest|charge|sue|fine|evacuate|declare|impose|lift|reverse|launch|order|introduce|raise|cut|extend|approve|reject)|(?:was|were|has been|have been|had been) (?:\w+ly )?(?:called|opened|launched|ordered|introduced|approved|passed|sent|deployed|moved|postponed|extended|raised|cut|brought|filed)(?! by the time))\b/i;

/**
 * "…were without power after a fire cut supply to 9 million people": an event after one that
 * struck, cut or destroyed something is its result, whatever the main verb.
 */
const DAMAGE_VERB =
	/^[^,;]{0,60}?\b(?:cut|knocked out|hit|struck|destroyed|damaged|flooded|swept|tore|ripped|collapsed|caught fire|exploded|burst|broke down|failed|loosened|weakened|eroded|undermined|soaked|saturated)\b/i;

/** "as" that does not mean "because". */
const NOT_CAUSAL_AS =
	/^as (?:well|part|soon|long|much|many|far|of|if|though|usual|expected|a |an |the |it |he |she )/i;
/**
 * Verbs that report a claim: the reason after the claim explains the claim's event, not the
 * saying ("estimated that each day of strikes costs …, because of lost hours").
 */
const REPORTING =
	/^(?:say|says|said|claim|claims|claimed|told|believe|believes|argue|argued|think|thinks|add|adds|added|estimate|estimates|estimated|warn|warns|warned|note|notes|noted|explain|explains|explained|insist|insists|insisted|stress|stresses|stressed)$/;

/** Whether the word at `offset` is a bare verb ("be", "open"): "due to be completed". */
function dueBeforeVerb(sentence: ArticleSentence, offset: number): boolean {
	const term = sentence.terms.find((t) => t.start === offset);
	if (!term) return /^be\b/i.test(sentence.text.slice(offset));
	return term.normal === 'be' || (term.tags.has('Infinitive') && !term.tags.has('Noun'));
}

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
		// "lines that were originally due to be completed in 2024": "due to" before a verb tells a
		// schedule, not a cause.
		if (word === 'due to' && dueBeforeVerb(sentence, at)) continue;
		// "Strzok has since been reassigned": after an auxiliary, "since" is an adverb of time.
		if (word === 'since' && /\b(?:has|have|had|is|are|was|were)$/i.test(text.slice(0, m.index)))
			continue;
		// A subject with a phrase of its own only after "after": "as protests in Iran reached …"
		// is a time, not a reason.
		const isClause = startsClause(sentence, at, word === 'after' ? 1 : 0);
		// "since 2019", "after the match": a date or a noun phrase, not an event that caused another.
		if ((word === 'since' || word === 'as' || word === 'after') && !isClause) continue;
		const commaAt = leading ? text.indexOf(', ', at) : -1;
		if (leading && commaAt < 0) continue;
		const cause = clauseFrom(sentence, at, leading ? commaAt + 1 : Infinity);
		const [mainFrom, mainTo] = leading
			? [commaAt + 2, leadingEventEnd(text, commaAt + 2)]
			: [0, beforeAttribution(text.slice(0, m.index))];
		if (
			word === 'after' &&
			!RESPONSE_VERB.test(text.slice(mainFrom, mainTo)) &&
			!DAMAGE_VERB.test(cause ?? '')
		)
			continue;
		// "footfall had already fallen since the charge was announced": after a perfect, "since"
		// says from when, not why.
		if (word === 'since' && PERFECT.test(text.slice(mainFrom, mainTo))) continue;
		// "… was popular for years but was closed in April after …": the clause before the
		// connective, not the run from the sentence's start.
		const direct = whyAbout(article, sentence, mainFrom, mainTo);
		const why =
			direct && singleClause(direct.prompt)
				? direct
				: leading
					? undefined
					: whyFromClause(article, sentence, mainTo);
		if (!cause || !why) continue;
		return [
			{
				cause: resolveThey(cause, why.subject),
				effect: why.effect,
				prompt: why.prompt,
				weight: word === 'after' ? -0.5 : 0,
				result: why.effect,
				// "because the engineers feared …": what follows "because" is a clause, whatever the
				// tagger made of its verb.
				causeIsClause: isClause || word === 'because'
			}
		];
	}
	return [];
}

/**
 * "The city will ban the weedkiller, councillors decided on Monday, after a petition …": who
 * said or decided it sits between the event and its reason. Returns where the event ends: before
 * that attribution, or the whole text when there is none.
 */
const TRAILING_ATTRIBUTION =
	/,\s(?:[\p{L}'’.-]+\s){1,5}(?:said|says|decided|announced|confirmed|voted|agreed|ruled|reported)(?:\s(?:on|in|at|late|early|last|this)\s(?:[\p{L}\d]+\s?){1,3})?,?\s*$/u;

/** "…stalled twice in November, largely because …": how much the reason counts, not the event. */
const DEGREE_BEFORE_REASON =
	/,?\s*(?:largely|partly|mainly|mostly|chiefly|primarily|partially|in part|in large part|at least in part|simply|only|precisely|probably|possibly|apparently|reportedly|allegedly)\s*$/i;

/**
 * "Because the soil is acidic, little of the skeleton survives, but staining suggests …": after a
 * leading reason, the event ends where a second clause joins on or an attribution begins.
 */
function leadingEventEnd(text: string, from: number): number {
	const joined = /,\s(?:but|and|while|although|whereas|so)\s|;\s/.exec(text.slice(from));
	const end = joined ? from + joined.index : text.length;
	return from + beforeAttribution(stripFinalPunctuation(text.slice(from, end)));
}

function beforeAttribution(main: string): number {
	const degree = DEGREE_BEFORE_REASON.exec(main);
	const event = degree ? main.slice(0, degree.index) : main;
	const m = TRAILING_ATTRIBUTION.exec(event);
	return m ? m.index : event.length;
}

/**
 * Whether a subject and a finite verb open the text at `at`: "engineers checked", "talks with the
 * operators broke down", not "the match".
 */
function startsClause(sentence: ArticleSentence, at: number, prepositions = 0): boolean {
	const first = sentence.terms.findIndex((t) => t.start >= at);
	if (first < 0) return false;
	const terms = sentence.terms.slice(first, first + 8);
	// "a fire at the grid station cut power": compromise read "cut" as a noun; the finite flags
	// read it as the verb it is.
	const finite = finiteFlagsOf(sentence.terms).slice(first, first + 8);
	// compromise tags "engineers" in "engineers checked" as a verb: a subject comes first anyway.
	const verb =
		1 +
		terms
			.slice(1)
			.findIndex(
				(t, i) =>
					finite[i + 1] ||
					(t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Infinitive'))
			);
	if (verb <= 0) return false;
	// "talks with the operators broke down": a subject may carry a phrase of its own.
	const subject = terms.slice(0, verb);
	// "after an all-night session that ended with a walkout": a noun and its relative clause name
	// a time, not an event that caused another.
	if (subject.some((t) => /^(?:that|which|who)$/.test(t.normal))) return false;
	return (
		subject.every((t) => !/[,;:]/.test(t.post)) &&
		!subject[0]!.tags.has('Preposition') &&
		subject.filter((t) => t.tags.has('Preposition')).length <= prepositions
	);
}

/** "because they were too low" after "the walls failed": "they" is the walls. */
function resolveThey(cause: string, subject: { text: string; plural: boolean }): string {
	const m = /^(they|it)\b/i.exec(cause);
	if (!m || (m[1]!.toLowerCase() === 'they') !== subject.plural) return cause;
	return subject.text + cause.slice(m[0].length);
}

/**
 * "would not cut other spending in order to pay for it": whether the purpose is the verb's or its
 * negation's, the sentence does not say, and "Why would the government not cut …?" reads it one way.
 */
const NEGATED = /\b(?:not|never)\b|n['’]t\b/i;

/** Reasons and purposes stated with a connective after a simple main clause. */
export function connectiveReasons(article: Article, sentence: ArticleSentence): Reason[] {
	const found: Reason[] = [];
	const text = sentence.text;
	const m = REASON.exec(text);
	if (m) {
		const connective = m[1]!.toLowerCase();
		const at = m.index + m[0].indexOf(m[1]!);
		const why =
			whyAbout(article, sentence, 0, m.index) ??
			whyFromClause(article, sentence, m.index) ??
			(connective === 'amid' ? behindEvent(article, sentence, m.index) : undefined);
		const cause = answerAfter(text.slice(at), connective);
		const purpose = connective === 'in order to' || connective === 'so that';
		if (cause && why && !(purpose && NEGATED.test(text.slice(0, at))))
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
	const verbAt = p ? p.index + p[0].lastIndexOf(p[1]!) + 3 : -1;
	// "sent a letter to officials": "to" before a noun says where, not why.
	const purposeVerb = sentence.terms.find((t) => t.start === verbAt)?.tags.has('Verb') === true;
	if (p && purposeVerb && !/^to \p{Lu}/u.test(p[1]!)) {
		const at = p.index + p[0].lastIndexOf(p[1]!);
		if (NEGATED.test(text.slice(0, at))) return found;
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

const TIME_CLAUSE_OPENER = /^(?:as|while|when|whereas|which)$/;

/**
 * The reason as an answer, cut to the clause: "blaming what he said was “X” shown in …" → "X" when
 * the reason is a quotation (the quoted words are the reason given); "amid fears of a recession" →
 * "fears of a recession", "blaming a shortfall" → "a shortfall"; "in order to pay" → "to pay"; else the phrase, at most 14 words.
 */
function answerAfter(rest: string, connective: string): string | undefined {
	const [first = '', ...others] = rest.split(/(?=;|:(?!\d)|,\s|\.\s|\.$)/);
	// "citing weakening exports, unusually low inflation and uncertainty over trade": every reason
	// of the list, not the first alone.
	const list = /^(?:blaming|citing|amid)$/.test(connective) ? listRest(others.join('')) : undefined;
	const phrase = first + (list ?? '');
	const quoted = /[“"]([^”"]{6,80})[”"]/.exec(phrase);
	if (quoted && /^(?:blaming|citing)$/.test(connective)) return quoted[1]!.trim();
	// "on security grounds": the connective is the whole reason.
	if (/grounds?$/.test(connective)) return stripFinalPunctuation(phrase);
	const whole = stripFinalPunctuation(phrase).split(/\s+/);
	// "blaming a sharp fall in orders as the industry moves toward electric vehicles": the reason
	// is the noun phrase; the clause after it only says when.
	const clauseAt = /^(?:blaming|citing|amid)$/.test(connective)
		? whole.findIndex((w, i) => i > 2 && TIME_CLAUSE_OPENER.test(w))
		: -1;
	const words = whole.length > MAX_ANSWER_WORDS && clauseAt > 0 ? whole.slice(0, clauseAt) : whole;
	if (words.length > MAX_ANSWER_WORDS || words.length <= connective.split(' ').length)
		return undefined;
	// "blaming a budget shortfall" → "a budget shortfall": the reason, not the word that gives it;
	// "blaming the government for low prices" says whom, and stays whole.
	const bare =
		connective === 'amid' || (/^(?:blaming|citing)$/.test(connective) && !/\bfor\b/.test(phrase));
	const drop = bare ? 1 : connective === 'in order to' ? 2 : 0;
	return words.slice(drop).join(' ');
}

interface Why {
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
	if (
		/,(?!\d)/.test(withoutListCommas(before)) ||
		/\b(?:is|are|was|were|be|been)\s*$/i.test(before)
	)
		return undefined;
	const terms = sentence.terms.filter((t) => t.start >= from && t.end <= to);
	// "goal of reforming the tax code appeared": a gerund is not the clause's verb.
	let verbStart = terms.findIndex((t) => t.tags.has('Verb') && !t.tags.has('Gerund'));
	if (verbStart <= 0) return undefined;
	if (terms.slice(0, verbStart).some((t) => t.tags.has('Gerund'))) return undefined;
	if (REPORTING.test(terms[verbStart]!.normal)) {
		// "Health officials also said": the adverb is the saying's, not the speaker's.
		let speakerEnd = verbStart;
		while (speakerEnd > 1 && terms[speakerEnd - 1]!.tags.has('Adverb')) speakerEnd -= 1;
		const speaker = questionSubject(article, sentence, terms.slice(0, speakerEnd));
		const next = terms[verbStart + 1]?.normal === 'that' ? verbStart + 2 : verbStart + 1;
		const inner = terms[next] && whyAbout(article, sentence, terms[next]!.start, to);
		if (!speaker || !inner || /,/.test(inner.prompt)) return undefined;
		// "Officials said they were monitoring …": asked about the speakers themselves, the
		// question needs no "according to" them.
		if (inner.subject.text.toLowerCase() === speaker.text.toLowerCase()) return inner;
		return { ...inner, prompt: `${inner.prompt.slice(0, -1)}, according to ${speaker.text}?` };
	}
	let verbEnd = verbStart + 1;
	while (verbEnd < terms.length && terms[verbEnd]!.tags.has('Verb')) verbEnd += 1;
	// "had to be brought": "have to" takes "did", like any main verb.
	const haveTo =
		/^(?:has|have|had)$/.test(terms[verbStart]!.normal) && terms[verbStart + 1]?.normal === 'to';
	if (haveTo) verbEnd = verbStart + 1;
	// "Immigrants who were brought … demonstrated": the first verb is the relative clause's; the
	// clause's own verb follows it, and the subject is the noun phrase before "who".
	let subjectEnd = verbStart;
	const relative = terms
		.slice(0, verbStart)
		.findIndex((t) => /^(?:who|which|that)$/.test(t.normal));
	if (relative >= 0) {
		const own = mainVerbAfterRelative(sentence, terms, from, to);
		if (own === undefined || relative === 0) return undefined;
		subjectEnd = relative;
		verbStart = own;
		verbEnd = verbStart + 1;
		while (verbEnd < terms.length && terms[verbEnd]!.tags.has('Verb')) verbEnd += 1;
	}
	const subject = questionSubject(article, sentence, terms.slice(0, subjectEnd));
	// "Why have “Many farmers seen …?": a subject inside a quotation cannot be asked about.
	if (!subject || /["“”]/.test(subject.text)) return undefined;
	const rest = stripFinalPunctuation(
		sentence.text.slice(terms[verbEnd - 1]!.end, Math.min(to, sentence.text.length)).trim()
	);
	const verbTerms = terms.slice(verbStart, verbEnd);
	const first = verbTerms[0]!;
	// "The surge came amid anger over bills": "Why did the surge come?" asks nothing an event does.
	if (!rest && BARE_EVENT_VERB.test(verbTerms.at(-1)!.normal)) return undefined;
	const tail = rest ? ` ${rest}` : '';
	const effect = stripFinalPunctuation(before.trim());
	if (first.tags.has('Negative') || verbTerms.some((t) => t.tags.has('Negative'))) return undefined;
	// "Why isn't “My daughter sick. She's …": a contracted "not", or a quotation of two sentences.
	if (
		verbTerms.some((t) => /n['’]t$/i.test(t.text)) ||
		/[.!?]["”]?\s/.test(`${subject.text}${tail}`)
	)
		return undefined;
	const auxiliary =
		!haveTo && (first.tags.has('Auxiliary') || first.tags.has('Copula') || first.tags.has('Modal'));
	const prompt = whyOf(subject, verbTerms, tail, auxiliary);
	return prompt ? { effect, subject, prompt: withoutOwnIts(prompt, subject) } : undefined;
}

/** The index of the sentence's last term that ends before character offset `at`. */
const lastTermBefore = (sentence: ArticleSentence, at: number) =>
	sentence.terms.filter((t) => t.end <= at).length - 1;

/**
 * "Why …?" about the clause that ends where a connective starts (character offset `at`), read from
 * the sentence's clauses, so the clause may follow a comma or share its subject with an earlier
 * verb: "Chad was on the list, but was dropped in April after …" → "Why was Chad dropped in April?".
 */
export function whyFromClause(
	article: Article,
	sentence: ArticleSentence,
	at: number
): Why | undefined {
	const relative = whyFromRelative(article, sentence, at);
	if (relative) return relative;
	const { terms } = sentence;
	const last = lastTermBefore(sentence, at);
	const clause = splitClauses(sentence).find(
		(c) =>
			// "…the province of Benguet, where landslides buried nine houses after …": a clause of
			// place or time has a subject of its own to ask about.
			(c.kind === 'main' ||
				c.kind === 'coordinate' ||
				(c.kind === 'relative' && /^(?:where|when)$/.test(c.connective ?? ''))) &&
			c.subject !== undefined &&
			c.verb !== undefined &&
			c.firstTerm <= last &&
			last < c.lastTerm &&
			c.verb.to <= last + 1
	);
	if (!clause?.subject || !clause.verb) return undefined;
	const { verb } = clause;
	const subject = wholeSubject(sentence, clause.subject)
		? clause.subject
		: nameBeforeApposition(sentence, clause.subject, clause.firstTerm);
	if (!subject || REPORTING.test(terms[verb.to - 1]!.normal)) return undefined;
	const rest = stripFinalPunctuation(sentence.text.slice(terms[verb.to - 1]!.end, at).trim());
	// "a proposal modeled after …": a participle with nothing after it is no clause to ask about.
	if (!rest || /,(?!\d)|[;:]/.test(rest)) return undefined;
	// "caps 17 months of battles between an administration determined to defend the orders on
	// grounds of security": a verb between the clause's verb and the connective may be the one
	// the reason belongs to.
	const between = terms.slice(verb.to, last + 1);
	if (between.some((t) => t.tags.has('Infinitive') || t.tags.has('Gerund'))) return undefined;
	// "Crews, including eight specialists …, then cleared": the aside after the subject is no
	// part of it, so the subject ends where the clause says, as a shared one does.
	const shared = subject.to <= clause.firstTerm || /,/.test(terms[subject.to - 1]!.post);
	const inverted = invertWithWh(
		article,
		sentence,
		verb.from,
		verb.to,
		'Why',
		rest,
		subject.from,
		shared ? subject.to : undefined
	);
	const asked = questionSubject(article, sentence, terms.slice(subject.from, subject.to));
	const prompt = inverted && asked && withoutOwnPossessive(inverted, asked);
	if (!prompt || !asked || !wellFormed(prompt, article.introducedNouns)) return undefined;
	const subjectText = sentence.text.slice(terms[subject.from]!.start, terms[subject.to - 1]!.end);
	const effect = `${subjectText} ${stripFinalPunctuation(sentence.text.slice(terms[verb.from]!.start, at).trim())}`;
	return { effect, subject: asked, prompt };
}

/**
 * "The surge of the new party, which …, came amid anger over energy bills" → "According to the
 * article, what lay behind the surge of the new party?": an event that only came amid something
 * is asked what lay behind it, since "Why did the surge come?" asks nothing.
 */
function behindEvent(article: Article, sentence: ArticleSentence, at: number): Why | undefined {
	const { terms } = sentence;
	const last = lastTermBefore(sentence, at);
	const clause = splitClauses(sentence).find(
		(c) =>
			c.kind === 'main' &&
			c.subject !== undefined &&
			c.verb !== undefined &&
			c.verb.to === last + 1 &&
			// "The theft comes amid growing concern about museums": in the present, the reporter
			// sets the scene; it is no reason.
			/^(?:came|happened|occurred)$/.test(terms[c.verb.to - 1]!.normal)
	);
	if (!clause?.subject || !clause.verb) return undefined;
	const asked = questionSubject(
		article,
		sentence,
		terms.slice(clause.subject.from, clause.subject.to)
	);
	if (!asked || /["“”,]/.test(asked.text) || wordsIn(asked.text) > 10) return undefined;
	const prompt = `According to the article, what lay behind ${asked.text}?`;
	if (!wellFormed(prompt, article.introducedNouns)) return undefined;
	const effect = `${asked.text} ${terms[clause.verb.to - 1]!.text}`;
	return { effect, subject: asked, prompt };
}

/**
 * "…the collapse of the previous government, which lost its majority after two ministers
 * resigned" → "Why did the previous government lose its majority?": a relative clause after a
 * comma says what the noun just before it did, and its reason is asked of that noun.
 */
function whyFromRelative(article: Article, sentence: ArticleSentence, at: number): Why | undefined {
	const { terms } = sentence;
	const last = lastTermBefore(sentence, at);
	const clause = splitClauses(sentence).find(
		(c) =>
			c.kind === 'relative' &&
			/^(?:who|which)$/.test(c.connective ?? '') &&
			c.verb !== undefined &&
			c.firstTerm <= last &&
			last < c.lastTerm &&
			c.verb.to <= last + 1
	);
	const antecedent = clause && nounBefore(sentence, clause.firstTerm);
	if (!clause?.verb || !antecedent) return undefined;
	const { verb } = clause;
	if (REPORTING.test(terms[verb.to - 1]!.normal)) return undefined;
	const rest = stripFinalPunctuation(sentence.text.slice(terms[verb.to - 1]!.end, at).trim());
	// "which were introduced because …" asks a whole clause; "which came after …" asks nothing.
	if (!rest && BARE_EVENT_VERB.test(terms[verb.to - 1]!.normal)) return undefined;
	if (/,(?!\d)|[;:]/.test(withoutListCommas(rest))) return undefined;
	const tail = rest ? ` ${rest}` : '';
	const asked = questionSubject(article, sentence, terms.slice(antecedent.from, antecedent.to));
	const verbTerms = terms.slice(verb.from, verb.to);
	if (!asked || verbTerms.some((t) => t.tags.has('Negative') || /n['’]t$/i.test(t.text)))
		return undefined;
	const first = verbTerms[0]!;
	const auxiliary =
		first.tags.has('Auxiliary') ||
		first.tags.has('Copula') ||
		first.tags.has('Modal') ||
		(/^(?:has|have|had)$/.test(first.normal) && verbTerms.length > 1);
	const inverted = whyOf(asked, verbTerms, tail, auxiliary);
	const prompt = inverted && withoutOwnPossessive(inverted, asked);
	if (!prompt || !wellFormed(prompt, article.introducedNouns)) return undefined;
	const subjectText = sentence.text.slice(
		terms[antecedent.from]!.start,
		terms[antecedent.to - 1]!.end
	);
	const effect = `${subjectText} ${stripFinalPunctuation(sentence.text.slice(terms[verb.from]!.start, at).trim())}`;
	return { effect, subject: asked, prompt };
}

/**
 * The noun phrase that ends at the comma before term `relativeAt` ("the collapse in June of [the
 * previous government], which"): back to a preposition, a verb or a comma, at most six words.
 */
function nounBefore(
	sentence: ArticleSentence,
	relativeAt: number
): { from: number; to: number } | undefined {
	const { terms } = sentence;
	const to = relativeAt;
	if (!/,/.test(terms[to - 1]?.post ?? '')) return undefined;
	// "centre-left" or "acting" may carry a verb's tag inside a noun phrase; an adjective or a
	// noun tag keeps it in.
	const ends = (t: Term) =>
		/[,;:]/.test(t.post) ||
		t.tags.has('Preposition') ||
		t.tags.has('Conjunction') ||
		(t.tags.has('Verb') &&
			!t.tags.has('Adjective') &&
			!t.tags.has('Noun') &&
			!t.tags.has('Hyphenated'));
	let from = to - 1;
	while (from > 0 && to - from < 6 && !ends(terms[from - 1]!)) from -= 1;
	// "the shares of the company, which fell": which noun the clause is about, the sentence does
	// not say.
	if (terms[from - 1]?.normal === 'of') return undefined;
	const head = terms[to - 1]!;
	if (!head.tags.has('Noun') || head.tags.has('Pronoun') || head.tags.has('Date')) return undefined;
	// A phrase cut off mid-way ("of the previous …" seven words back) is no subject to ask about.
	const opener = terms[from - 1];
	return !opener || ends(opener) ? { from, to } : undefined;
}

/**
 * "Kessler Fahrzeugtechnik, a German supplier of gearboxes, filed …": the clause finder took the
 * apposition for the subject; the name before it is the one to ask about. Undefined unless a name
 * of at most five capitalised words opens the clause and ends at the apposition's comma.
 */
function nameBeforeApposition(
	sentence: ArticleSentence,
	apposition: { from: number; to: number },
	clauseStart: number
): { from: number; to: number } | undefined {
	const { terms } = sentence;
	const to = apposition.from;
	if (!/,/.test(terms[to - 1]?.post ?? '')) return undefined;
	let from = to - 1;
	while (from > clauseStart && !/[,;:]/.test(terms[from - 1]!.post)) from -= 1;
	const name = terms.slice(from, to);
	if (from !== clauseStart || name.length > 5) return undefined;
	return name.every((t) => /^\p{Lu}/u.test(t.text) && t.tags.has('Noun'))
		? { from, to }
		: undefined;
}

/**
 * "Why will the city ban the weedkiller from its parks?" reads "its" as unresolved; "their" after
 * a plural subject ("Why did 300 workers lose their jobs?") reads as theirs.
 */
const withoutOwnIts = (prompt: string, subject: { text: string; plural: boolean }) =>
	subject.plural ? prompt : withoutOwnPossessive(prompt, subject);

/**
 * "Why did the company submit its application?" → "Why did the company submit the application?":
 * "its" after a singular subject ("their" after a plural one) is the subject's own, and "the"
 * says as much without a pronoun a reader might take for something named elsewhere.
 */
function withoutOwnPossessive(prompt: string, subject: { text: string; plural: boolean }): string {
	const at = prompt.indexOf(` ${subject.text} `);
	if (at < 0) return prompt;
	const after = at + subject.text.length + 2;
	const possessive = subject.plural ? /\btheir\b/ : /\bits\b/;
	return prompt.slice(0, after) + prompt.slice(after).replace(possessive, 'the');
}

/**
 * The verb of the clause that holds [from, to) when its subject carries a relative clause: the
 * clause finder skips "who were brought to the U.S. as children" and names "demonstrated".
 * Returns its index within `terms`.
 */
function mainVerbAfterRelative(
	sentence: ArticleSentence,
	terms: readonly Term[],
	from: number,
	to: number
): number | undefined {
	const clause = splitClauses(sentence).find(
		(c) =>
			(c.kind === 'main' || c.kind === 'coordinate') &&
			c.verb !== undefined &&
			sentence.terms[c.verb.from]!.start >= from &&
			sentence.terms[c.verb.from]!.end <= to
	);
	if (!clause?.verb) return undefined;
	const verb = sentence.terms[clause.verb.from]!;
	const at = terms.indexOf(verb);
	return at > 0 ? at : undefined;
}

/**
 * "Why …?" of a subject and its verb group: an auxiliary moves before the subject ("Why were the
 * rules introduced?"), any other verb takes do-support ("Why did prices fall?").
 */
function whyOf(
	subject: { text: string; plural: boolean },
	verbTerms: readonly Term[],
	tail: string,
	auxiliary: boolean
): string | undefined {
	if (!auxiliary) return simpleWhy(subject, verbTerms, tail);
	const remainder = verbTerms
		.slice(1)
		.map((t) => ` ${t.text}`)
		.join('');
	return `Why ${verbTerms[0]!.text.toLowerCase()} ${subject.text}${remainder}${tail}?`;
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
	const auxiliary = doSupportFor(verbTerms[0]!, subject);
	return `Why ${auxiliary} ${subject.text} ${infinitive}${auxiliary === 'did' ? withJoinedVerbInfinitive(rest) : rest}?`;
}

/**
 * "…use up its fuel while hovering and fell the last few hundred metres": a second past verb the
 * subject did takes the infinitive after "did" too ("and fall").
 */
function withJoinedVerbInfinitive(rest: string): string {
	return rest.replace(/(\s(?:and|but)\s+)(\p{Ll}+)\b/u, (whole, joiner: string, word: string) => {
		if (!/ed$/.test(word) && !IRREGULAR_PAST.test(word)) return whole;
		const base = infinitiveOf(word);
		return base && base !== word ? `${joiner}${base}` : whole;
	});
}

/** Past forms that do not end in -ed, which a joined second verb often is. */
const IRREGULAR_PAST =
	/^(?:fell|rose|fled|sank|struck|took|gave|went|came|made|left|lost|won|sold|bought|brought|caught|built|spent|sent|held|kept|hit|cut|broke|drove|grew|threw|wrote|began|ran|swept|tore|shook|stood|told|found|paid)$/;
