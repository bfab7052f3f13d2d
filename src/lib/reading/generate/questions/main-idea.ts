import { reversed } from '../distractors/reversals';
import { findCountry } from '../data/countries';
import { splitClauses, type Clause } from '../analyze/clauses';
import { REPORTING_VERBS } from '../analyze/name-runs';
import { sentenceCentrality } from '../facts/centrality';
import { candidate, singleChoice } from '../compose/draft';
import { quotesBalanced, stripFinalPunctuation } from '../text/grammar';
import { capitalize, wordsIn } from '../text/normalize';
import type { Article, ArticleSentence, Candidate, WrongOption } from '../types';
import { SUM_NOUN, VAGUE_NOUN, withoutListCommas } from '../text/question-grammar';
import { escapeRegExp } from '../text/escape-regexp';
import { falseVersions } from './true-statements';

/** "During the storm, …", "On Tuesday, …": a scene-setting opener, not part of the statement. */
const OPENER =
	/^(?:(?:During|On|In|At|After|Before|Since|Under|With|Without|For|Meanwhile|However|Earlier|Later|Last|This|By|Amid|Despite|Separately|Also|Even as|Even though|Although|Though|While)\b[^,]{0,100}|(?:Hours|Days|Weeks|Months|Years|Minutes) (?:earlier|later)),\s+/;

/** Openers that make a statement lean on what came before it. */
const DEPENDENT =
	/^(?:he|she|it|they|this|that|these|those|but|and|so|also|however|meanwhile|instead|still|yet|then|said|says|told|added)\b/i;
/**
 * A connective inside that answers an earlier sentence: "Scientists warned, however, that …",
 * "Others, meanwhile, …".
 */
const LEANS_BACK =
	/\b(?:however|nevertheless|nonetheless|moreover|furthermore)\b|,\s*(?:though|instead|meanwhile|in turn|too|as well|therefore|in contrast|by contrast)\s*(?:,|$)/i;
const ATTRIBUTION_END =
	/\b(?:say|said|says|told|tweeted|wrote|added|stated|reported|announced)(?:\s+[\p{L}\d]+){0,3}$|\bthat$/iu;
/** Longer than this, an option is a paragraph to read, not a statement to judge. */
const MAX_STATEMENT_WORDS = 36;

/**
 * A long statement cut at its last comma within the limit, never before its verb (a subject and
 * its apposition are no statement); left whole (and refused) if there is no such comma.
 */
function withinLength(text: string, verbWord: string): string {
	const words = text.split(/\s+/);
	if (words.length <= MAX_STATEMENT_WORDS) return text;
	const verbAt = wordAt(text, verbWord);
	if (!verbAt) return text;
	// Cut only where the sentence itself pauses, at a comma before an aside ("…, which", "…, the
	// day …", "…, saying …"), so the statement still ends whole: not inside "Trump, under
	// intense public pressure, ordered…".
	const limit = words.slice(0, MAX_STATEMENT_WORDS).join(' ').length;
	let cut = -1;
	for (const m of text.matchAll(ASIDE_AFTER_COMMA)) if (m.index <= limit) cut = m.index;
	// "…would face daily blackouts of up to 12 hours after a prolonged drought pushed …": with no
	// comma to pause at, the statement ends before the clause that says when or why.
	if (cut < 0) for (const m of text.matchAll(CLAUSE_AFTER)) if (m.index <= limit) cut = m.index;
	// "…found that Chileshe, who served …, had received bribes": a cut between "that" and its
	// clause's verb leaves the subject of nothing.
	if (/\bthat(?:\s+\S+){1,4}$/.test(text.slice(0, cut))) return text;
	return cut > verbAt.index + verbAt[0].length && wordsIn(text.slice(0, cut)) >= 8
		? text.slice(0, cut)
		: text;
}

/** An event clause's own words, without an attribution after them (", according to a trial …"). */
const eventWords = (text: string) => text.replace(/,\s*according to\b.*$/i, '');

/** A participle after the event that says what it brought about: ", raising the death toll to 31". */
const RESULT_PARTICIPLE =
	/^(?:raising|bringing|pushing|taking|leaving|killing|injuring|forcing|displacing|sending|cutting|lifting)$/;

/** A sentence's last words that only say who reported it: ", the company and unions said." */
const ATTRIBUTION_TAIL =
	/,\s+[^,“”"]{1,60}?\s(?:said|say|says|told|confirmed|reported|announced|added|wrote)\b[^,“”"]*$/;

/**
 * An event clause's own words in its sentence: the clause, or less where the sentence's closing
 * attribution runs into it ("…walked out in a dispute over pay, the company | and unions said",
 * which a clause reading takes for two clauses joined by "and").
 */
function eventOwnWords(sentence: ArticleSentence, clause: Clause): string {
	const own = eventWords(clause.text);
	const at = sentence.text.indexOf(clause.text, clause.start);
	if (at < 0) return own;
	const rest = eventWords(
		stripFinalPunctuation(sentence.text.slice(at)).replace(ATTRIBUTION_TAIL, '')
	);
	return rest.length < own.length ? rest : own;
}

/** Where `word` stands as a whole word in `text` (the match starts at the space before it). */
const wordAt = (text: string, word: string) =>
	new RegExp(`(?:^|\\s)${escapeRegExp(word)}(?=\\s|$)`).exec(text);

const CLAUSE_AFTER = /\s(?=(?:after|because|as|when|while|amid|despite)\s)/g;

const ASIDE_AFTER_COMMA =
	/,\s(?=(?:which|who|whom|whose|where|when|while|as|after|before|including|according|the day|a day|a move|amid|despite|with|in (?:one|what|a move|the latest|a deal|a decision|a vote)|(?:some|many|most|several|all|none) of (?:them|whom)|\p{Ll}+ing|an?\s\p{Ll}+\s(?:that|which))\b)/gu;

/** "The money will pay for planters": which money, an earlier sentence said. */
const POINTS_BACK_TO_SUM = new RegExp(String.raw`^the (?:${SUM_NOUN}|sum|amount|rest)\b`, 'i');

const SOME_OF_THEM = /,\s(?:some|many|most|several|all|none) of them\b[^,]*$/i;

/** A pronoun anywhere leans on another sentence: "The sponsors cast it in terms of rights". */
const PRONOUN = /\b(?:it|they|them|he|him|she)\b/i;
/**
 * A possessive in the subject leans on another sentence ("Its arsenal grew"); after the verb it
 * refers to the subject ("North Korea is brandishing another weapon in its arsenal").
 */
const POSSESSIVE = /\b(?:its|their|his|her)\b/i;

/**
 * "A landslide triggered by days of heavy rain buried the highway" → "A landslide buried the
 * highway": the summary says what happened, and why it happened is a question of its own.
 */
function withoutCauseOfSubject(text: string, verbWord: string): string {
	const cause = new RegExp(
		String.raw`\s(?:triggered|caused|sparked|fu?ell?ed|driven|prompted|brought on)\s+by\s[^,;:]+?(?=\s${escapeRegExp(verbWord)}\b)`
	).exec(text);
	return cause ? text.slice(0, cause.index) + text.slice(cause.index + cause[0].length) : text;
}

/**
 * A sentence's main statement as a summary option: its main clause (and a clause coordinated with
 * it, and the event an "after", "when" or "because" clause after them names), without an opener,
 * an attribution ("…, officials said") or a relative clause. Undefined when it leans on another
 * sentence (a pronoun subject) or reads badly on its own; without the event when only that does.
 */
export function statementOf(sentence: ArticleSentence): string | undefined {
	return statementWith(sentence, true) ?? statementWith(sentence, false);
}

/** The statement, with the event clause after it when `withEvent`. */
function statementWith(sentence: ArticleSentence, withEvent: boolean): string | undefined {
	// A quotation and its attribution ("“…,” the mayor said") states no event of its own.
	if (sentence.isQuestion || /^[“"]/.test(sentence.text)) return undefined;
	const clauses = splitClauses(sentence);
	const mainIndex = clauses.findIndex((c) => c.kind === 'main' && !c.quoted);
	const main = clauses[mainIndex];
	// "Payton, a former analyst at …": a description with no verb of its own is no statement.
	if (!main?.verb) return undefined;
	const reported = clauses.find((c) => c.kind === 'reported' && c.parent === mainIndex);
	// "The leader says he has told forces to fire": what was said belongs to the statement.
	// "Strzok has been escorted out …, his lawyer confirmed": the event comes first, and its source
	// after it only attributes it.
	// ("…have been bleached, scientists said on Tuesday, in what they described as …": the clause
	// reported may run on past its attribution, and ends where the attribution begins.)
	const attributedAfter = reported !== undefined && !reported.quoted && reported.start < main.start;
	const reportedEnd = attributedAfter ? Math.min(reported.end, main.start) : undefined;
	const base = attributedAfter ? reported : main;
	// "At least 34 people have been killed and more than 12,000 forced from their homes": a clause
	// joined on by "and" is half of the event, and the statement keeps it.
	const joinedOn = clauses.find(
		(c) =>
			c.kind === 'coordinate' &&
			!c.quoted &&
			c.start >= base.end &&
			/^\s*,?\s*(?:and|but)\s/.test(sentence.text.slice(base.end, c.start + 4)) &&
			c.start - base.end <= 6
	);
	// "… praised his opponents but admitted his side had let the game slip": what the joined verb
	// says is part of it ("but admitted" alone is cut off), and so is what that says in turn
	// ("but said investigators found no evidence that …").
	let joinedEnd = joinedOn?.end;
	for (let host = joinedOn; host !== undefined;) {
		const hostIndex = clauses.indexOf(host);
		const after = host.end;
		host = clauses.find(
			(c) =>
				(c.kind === 'reported' || c.kind === 'relative') &&
				!c.quoted &&
				c.parent === hostIndex &&
				c.start >= after &&
				c.start - after <= 6
		);
		if (host) joinedEnd = host.end;
	}
	// "At least 23 people were killed … after a ferry capsized off Sulawesi": the event itself is
	// in the clause after "after", and a summary without it never says what happened.
	const eventEnd = joinedEnd ?? base.end;
	const baseIndex = clauses.indexOf(base);
	const event = clauses.find(
		(c, index) =>
			withEvent &&
			c.kind === 'subordinate' &&
			!c.quoted &&
			c.verb !== undefined &&
			/^(?:after|when|because)$/.test(c.connective ?? '') &&
			// "…after a drought parched plantations, industry officials said": its own words only
			// (a list's commas are its own: "dimmed the lights, cut noise and used light therapy").
			// (A number's commas are no pause: "after more than 1,100 workers walked out".)
			!/,\s/.test(withoutListCommas(eventOwnWords(sentence, c))) &&
			// "…after an independent tribunal found | that the club failed to pay": what was found
			// is another clause, and the event would end on its verb.
			!clauses.some((other) => other.kind === 'reported' && other.parent === index) &&
			// "…come after the mayor said in a letter": what was said is another clause.
			!c.text.split(/\s+/).some((word) => REPORTING_VERBS.has(word.toLowerCase())) &&
			(c.parent === baseIndex ||
				(joinedOn !== undefined && c.parent === clauses.indexOf(joinedOn))) &&
			c.start >= eventEnd &&
			c.start - eventEnd <= 9
	);
	// "…pulled three more bodies from the mud on Thursday, raising the death toll from Typhoon
	// Dalisay to 31": what the event brought about is the news, and the summary keeps it.
	const outcome =
		event ??
		clauses.find(
			(c) =>
				withEvent &&
				c.kind === 'subordinate' &&
				!c.quoted &&
				c.verb !== undefined &&
				RESULT_PARTICIPLE.test(c.connective ?? '') &&
				(c.parent === baseIndex ||
					(joinedOn !== undefined && c.parent === clauses.indexOf(joinedOn))) &&
				/^\s*,\s*$/.test(sentence.text.slice(eventEnd, c.start)) &&
				!/,\s/.test(withoutListCommas(eventOwnWords(sentence, c)))
		);
	// Its own words only: the span may run on over an attribution after it (", officials said").
	const eventAt = outcome ? sentence.text.indexOf(outcome.text, outcome.start) : -1;
	const eventTextEnd =
		outcome && eventAt >= 0 ? eventAt + eventOwnWords(sentence, outcome).length : undefined;
	const joined = attributedAfter
		? sentence.text
				.slice(reported.start, eventTextEnd ?? joinedEnd ?? reportedEnd)
				.replace(/[\s,;:]+$/, '')
		: reported
			? sentence.text.slice(main.start, Math.max(main.end, reported.end))
			: sentence.text.slice(main.start, eventTextEnd ?? joinedEnd ?? main.end);
	const verbOf = attributedAfter && reported.verb ? reported.verb : main.verb;
	const verbWord = sentence.terms[verbOf.from]!.text;
	// "…last week, some of them by more than €100": an aside about some of what was counted.
	const text = withinLength(
		stripFinalPunctuation(
			withoutCauseOfSubject(eventWords(joined), verbWord)
				.replace(OPENER, '')
				.replace(/\s(?:also|then|meanwhile)\s/, ' ')
				.replace(/[.!?]?[”"]$/, (m) => (m.length > 1 ? m.slice(1) : m))
				.replace(SOME_OF_THEM, '')
				.trim()
		),
		verbWord
	);
	if (
		wordsIn(text) < 6 ||
		wordsIn(text) > MAX_STATEMENT_WORDS ||
		!quotesBalanced(text) ||
		DEPENDENT.test(text) ||
		LEANS_BACK.test(text) ||
		// "Witch Hunt! Trump tweeted on Sunday", "… officials said that": a quotation's tail or an
		// attribution, not a statement of what happened.
		/[!?]/.test(text) ||
		ATTRIBUTION_END.test(text)
	)
		return undefined;
	// "The latest charges … come": a verb whose cut-off complement said when or what.
	if (NEEDS_COMPLEMENT.test(text)) return undefined;
	// "…, in a deal officials described": what they described it as was cut off.
	if (NAMING_VERB_END.test(text)) return undefined;
	// "…“with intent to influence, delay”": a statement cut inside a quotation misquotes it.
	if (endsInsideQuotation(sentence.text, text)) return undefined;
	// "If the measure is approved, lawmakers will …": without its condition a statement misstates.
	if (/\b(?:if|unless)\b/i.test(sentence.text)) return undefined;
	// "Leading the charge … was Gardner": a fronted phrase reads as a fragment out of context.
	if (
		PRONOUN.test(text) ||
		VAGUE_NOUN.test(namedCountryResolved(text)) ||
		POINTS_BACK_TO_SUM.test(text) ||
		/^\p{L}+ing\b/u.test(text)
	)
		return undefined;
	const possessive = POSSESSIVE.exec(text);
	// "Teenagers who stopped using their phones … slept longer": a possessive inside the
	// subject's own relative clause is the subject's.
	const boundInSubject =
		possessive && /^\S.*?\s(?:who|that)\s/.test(text.slice(0, possessive.index));
	if (possessive && !boundInSubject && possessive.index < (wordAt(text, verbWord)?.index ?? 0))
		return undefined;
	return capitalize(text);
}

/**
 * "Zambia's state power company said … households across the country …": a statement that names a
 * country before "the country" says which; the words are left out of the vagueness check.
 */
function namedCountryResolved(text: string): string {
	const at = text.search(/\bthe country\b/i);
	if (at < 0) return text;
	const named = (text.slice(0, at).match(/\p{Lu}[\p{L}.-]+/gu) ?? []).some(
		(word) => findCountry(word.replace(/['’]s$/, '')) !== undefined
	);
	return named ? text.replace(/\bthe country\b/gi, '') : text;
}

/** Verbs of calling something something, cut before what: "officials described", "was hailed". */
const NAMING_VERB_END =
	/\s(?:described|called|termed|dubbed|labelled|labeled|branded|hailed|regarded|considered|seen)$/i;

/** Verbs that say little without what follows them: "come after …", "stem from …". */
const NEEDS_COMPLEMENT =
	/\s(?:come|comes|came|follow|follows|followed|stem|stems|stemmed|result|results|resulted|lead|leads|led|depend|depends|depended)$/i;

/** Whether a statement taken from `sentence` stops while one of its quotations is still open. */
function endsInsideQuotation(sentence: string, statement: string): boolean {
	let tail = statement.slice(-20);
	let at = sentence.indexOf(tail);
	// A closing mark the sentence does not have there was added to a quotation cut short.
	if (at < 0 && /[”"]$/.test(statement)) {
		tail = statement.slice(0, -1).slice(-20);
		at = sentence.indexOf(tail);
		return at >= 0;
	}
	if (at < 0) return false;
	const before = sentence.slice(0, at + tail.length);
	const opened = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
	const straight = (before.match(/"/g) ?? []).length % 2;
	return opened > 0 || straight === 1;
}

/**
 * The sentence that states the main event: the lead, or when the lead has no statement of its
 * own, the more central of the next two.
 */
export function mainSentence(
	article: Article,
	centrality = sentenceCentrality(article.sentences)
): ArticleSentence | undefined {
	// News states its main event first; the next sentences count only when the lead is colour (a
	// quotation, a scene) with no statement of its own, and then the more central of them.
	const opening = article.sentences.slice(0, 3).filter((s) => statementOf(s));
	const lead = opening.find((s) => s.position === 0);
	if (lead) return lead;
	return [...opening].sort((a, b) => (centrality.get(b.id) ?? 0) - (centrality.get(a.id) ?? 0))[0];
}

/** Sentences this share of the article or more central are kept out of the wrong options. */
const CENTRAL_SHARE = 0.3;

/** A true detail offered as a summary: wrong, and from the sentence it quotes. */
const detailOption = (detail: { sentence: ArticleSentence; text: string }): WrongOption => ({
	text: detail.text,
	sentenceId: detail.sentence.id,
	feedback: 'This is true, but it is one detail of the story, not what the whole article is about.'
});

/** How far apart two statements are in length, in steps of five words. */
const lengthGap = (a: string, b: string) => Math.floor(Math.abs(wordsIn(a) - wordsIn(b)) / 5);

/**
 * "Which statement best sums up the article?": the right option is the main statement of the most
 * central of the first sentences (the event the rest develops); the wrong ones are main statements
 * of true but peripheral sentences (about as long as it, then least central), each too narrow to sum up the whole. Nothing
 * here teaches that the first sentence is always the answer: the options are cut the same way, and
 * the explanation names the main event, not a position.
 */
export function mainIdeaQuestions(article: Article): Candidate[] {
	const paragraphs = new Set(article.sentences.map((s) => s.paragraph)).size;
	if (paragraphs < 4 || article.words < 150) return [];
	const centrality = sentenceCentrality(article.sentences);
	const rank = (s: ArticleSentence) => centrality.get(s.id) ?? 0;
	const main = mainSentence(article, centrality);
	const answer = main && statementOf(main);
	if (!main || !answer) return [];
	const candidates = article.sentences
		.filter((s) => s.position >= 3 && s.paragraph !== main.paragraph)
		.map((s) => ({ sentence: s, text: statementOf(s) }))
		.filter((d): d is { sentence: ArticleSentence; text: string } => d.text !== undefined);
	// The article's most central sentences restate its main event: as wrong options they could be
	// argued right (raters said so of a "months of negotiations" failure and a headline's theme).
	const ranks = article.sentences.map(rank).sort((a, b) => b - a);
	const central = ranks[Math.floor(ranks.length * CENTRAL_SHARE)] ?? 1;
	const peripheral = candidates.filter((d) => rank(d.sentence) < central);
	const details = (peripheral.length >= 3 ? peripheral : candidates)
		// Wrong options about as long as the right one, so its length does not give it away.
		.sort(
			(a, b) =>
				lengthGap(a.text, answer) - lengthGap(b.text, answer) || rank(a.sentence) - rank(b.sentence)
		)
		.slice(0, 6);
	// A version of the main statement that the article contradicts is wrong without quoting a
	// sentence that another question asks about: first its main verb reversed ("criticized" →
	// "praised", a misreading of the story), then a name swapped ("the county sued…" for "the state
	// sued…"). They wait among the spares, for when true details give other questions away: more
	// than one shown turns a summary question into a hunt for the changed word.
	const misread = reversed(answer);
	const contradictions = [
		...(misread ? [misread] : []),
		...falseVersions(article, main, answer, true)
	]
		.slice(0, 2)
		.map((text) => ({
			text,
			feedback: `Not what the article says: it says “${answer}”.`
		}));
	return candidate(
		singleChoice(
			{
				prompt: 'Which statement best sums up what the article is mainly about?',
				skill: 'main-idea',
				evidence: [main],
				difficulty: 'medium',
				// Which wrong options are shown is settled only once the quiz is chosen (a misstated
				// summary stands in for a detail another question asks about): each says for itself why
				// it is wrong, in its own feedback.
				explanation:
					'The article is mainly about this event: the other paragraphs add its background, details and reactions.'
			},
			answer,
			[...details.map(detailOption), ...contradictions],
			// Three options: every true detail shown may quote a sentence a later question asks
			// about, so fewer are shown and more wait as spares to swap in.
			3
		),
		8,
		'main-idea'
	).map((c) => ({ ...c, kind: 'main-idea' as const }));
}
