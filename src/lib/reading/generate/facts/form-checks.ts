import { COUNTED_BACK, namesUnshownThing } from '../text/question-grammar';
import { CLOZE_BLANK, type Question } from '../../../quiz/question';
import { escapeRegExp } from '../text/escape-regexp';
import { normalizeAnswer } from '../text/normalize';
import { CONVERSION_AFTER } from '../text/spans';

/**
 * A gap or a true/false in a sentence that opens with "It", "He", "They", "There," or "Instead"
 * (after any opening phrase) asks a reader to judge a sentence whose subject, place or contrast
 * they cannot name out of context.
 */
export function leansOnPronoun(question: Question): boolean {
	const restates = question.type === 'true-false' || question.prompt.includes(CLOZE_BLANK);
	if (!restates) return false;
	const sentence = gapSentenceSubject(question);
	if (/^(?:(?:It|Its|This|These|They|Their|Those|He|She|His|Her|Instead)\b|There,)/.test(sentence))
		return true;
	// "In a 46-page ruling read in Nairobi, she said …", "Speaking to supporters, she promised …":
	// after an opening phrase the subject is still a pronoun.
	if (/^[^,“”"]{1,150},\s+(?:he|she|they|it|its|his|her|their)\s/.test(sentence)) return true;
	// "…the port will reopen in _____, he said.": whose words they are is in another sentence.
	return /[,”"]\s*(?:he|she|they)\s+(?:said|says|added|told|wrote|noted|explained)\b/.test(
		sentence
	);
}

/**
 * A gap question's sentence from where its subject starts: without the "Choose the answer…" frame,
 * an opening quotation mark ("“They traveled to _____ …"), a connective and a time phrase ("But
 * three days later, their situation …", "Then in May he announced …").
 */
function gapSentenceSubject(question: Question): string {
	return question.prompt
		.replace(/^(?:Choose the [^:]*:|True or false\?)\s*/, '')
		.replace(/^["“‘']+/, '')
		.replace(/^(?:But|And|So|Yet|Still|Meanwhile|However|Then)\b,?\s*/, '')
		.replace(/^[^,]{0,30}\b(?:later|earlier|ago)\s*,\s*/, '')
		.replace(/^(?:in|on|by|during|last|this)\s+\p{Lu}\p{L}*(?:\s+\d{1,4})?,?\s+/iu, '')
		.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

/**
 * "the end of that epidemic", "Were these measures…?": a demonstrative points to something another
 * sentence names, which the question does not show. Time phrases ("this week"), quoted words (a
 * question about who said them) and the options a question points to ("Which of these…", "Put
 * these events…") read on their own.
 */
export function pointsToUnshown(question: Question): boolean {
	const ownWords = question.prompt.replace(/[“"][^”"]*[”"]/g, '""');
	return (
		DEMONSTRATIVE_THING.test(ownWords) ||
		DEMONSTRATIVE_THING.test(` ${question.answerText}`) ||
		PLACE_OR_TIME_BACK.test(ownWords)
	);
}

/** "How many people were killed there?", "Who led the party then?": where or when, another sentence says. */
const PLACE_OR_TIME_BACK = /\s(?:there|then)\?$/;

const TIME_WORDS =
	'week|weekend|year|month|morning|afternoon|evening|night|spring|summer|fall|autumn|winter|season|time|decade|century|day';
const DEMONSTRATIVE_THING = new RegExp(
	'(?:(?<!of )\\b[Tt]h(?:is|ese|ose)(?! (?:events|statements)\\b)|\\b(?:of|in|on|at|for|from|with|by|to|about|during|after|before|since|over|under|despite|amid|against|through) that)' +
		` (?!(?:${TIME_WORDS})s?\\b|(?:who|which|of|is|are|was|were|will|would|have|has|had)\\b)\\p{Ll}`,
	'u'
);

/**
 * "walks _____ kilometres (11 miles) a day": the same amount in other units, right after the gap,
 * gives the answer away to anyone who converts it; "18 kilometers (_____ miles)" asks for the
 * conversion itself, which is arithmetic, not reading.
 */
export function convertedBesideGap(question: Question): boolean {
	return CONVERSION_AFTER_BLANK.test(question.prompt) || BLANK_IN_CONVERSION.test(question.prompt);
}

const BLANK_IN_CONVERSION = new RegExp(
	`\\d[\\d,.]*(?:\\s+[\\p{L}-]+){1,2}\\s*\\(\\s*[$€£]?${escapeRegExp(CLOZE_BLANK)}`,
	'u'
);

const CONVERSION_AFTER_BLANK = new RegExp(`${escapeRegExp(CLOZE_BLANK)}${CONVERSION_AFTER}`, 'u');

/** "True or false? <the sentence, word for word>" is always true: it tests nothing. */
export function copiesItsEvidence(question: Question): boolean {
	if (question.type !== 'true-false') return false;
	const statement = question.prompt.replace(/^True or false\?\s*/, '');
	return question.evidence.some((sentence) => sentence.includes(statement.replace(/\.$/, '')));
}

/**
 * "the U.S.-North _____ summit", "the U.S.-_____ summit": a gap that is half of a hyphenated name
 * asks for a fragment, and a student who types the whole name is marked wrong. A count before a
 * unit ("a _____-year deal") is a whole number, not a fragment.
 */
export function splitsCompound(question: Question): boolean {
	if (!question.prompt.includes(CLOZE_BLANK)) return false;
	if (BLANK_IN_COMPOUND.test(question.prompt)) return true;
	// "the U.S.-North _____" with "Korea summit": a capital answer continues the name before it.
	if (!/^\p{Lu}/u.test(question.answerText)) return false;
	return (
		BLANK_AFTER_COMPOUND_NAME.test(question.prompt) || BLANK_BEFORE_NUMERAL.test(question.prompt)
	);
}

const BLANK = escapeRegExp(CLOZE_BLANK);
const BLANK_IN_COMPOUND = new RegExp(`[\\p{L}.]-${BLANK}|${BLANK}-\\p{Lu}`, 'u');
const BLANK_AFTER_COMPOUND_NAME = new RegExp(`\\p{Lu}\\S*-\\p{Lu}\\S* ${BLANK}`, 'u');
/** "during _____ II": a numbered name ("World War II", "Title IX") goes on past the gap. */
const BLANK_BEFORE_NUMERAL = new RegExp(`${BLANK} (?:[IVX]{1,4}|\\d{1,2})\\b(?![.,]\\d)`, 'u');

/**
 * "WASHINGTON —" opens the story: a where-question or place gap answered by the town the dateline
 * prints tests where the story was filed, which is trivia and printed above it.
 */
export function asksTheDateline(
	question: Question,
	answers: readonly string[],
	dateline: string | undefined
): boolean {
	const place = normalizeAnswer(dateline?.split(',')[0] ?? '');
	return (
		place !== '' &&
		question.skill === 'geography' &&
		answers.some((answer) => normalizeAnswer(answer) === place)
	);
}

/**
 * "the _____ on Childhood Arrivals (DACA) program" with "Deferred Action": a gap that is part of a
 * name the article spells out for an abbreviation asks for a fragment of that name.
 */
export function splitsSpelledOutName(question: Question, expansions: Iterable<string>): boolean {
	if (!question.prompt.includes(CLOZE_BLANK)) return false;
	const answer = question.answerText;
	for (const expansion of expansions) {
		if (expansion === answer || !expansion.includes(answer)) continue;
		if (question.prompt.includes(expansion.replace(answer, CLOZE_BLANK))) return true;
	}
	return false;
}

/**
 * "The report took _____ months to complete" in an article whose title and lead name no report, or
 * "The two leaders spoke as _____ …":
 * a gap sentence that opens on a thing only an earlier sentence names.
 */
export function opensOnUnshownThing(question: Question, introduced: ReadonlySet<string>): boolean {
	if (!question.prompt.includes(CLOZE_BLANK)) return false;
	const sentence = gapSentenceSubject(question);
	// The word after the noun too: "The move to close the port" says which move.
	const opening = /^The \p{L}+(?:\s+\p{L}+)?/u.exec(sentence)?.[0];
	// "The two leaders spoke Monday as _____ …": which two, only an earlier sentence says.
	if (opening !== undefined && COUNTED_BACK.test(opening)) return true;
	return opening !== undefined && namesUnshownThing(opening, introduced);
}

/**
 * "[then-FBI Director James] _____" with "Comey": a gap for a surname whose first name stands right
 * before it (a bracket or quote between) asks for half a name the reader already half sees.
 */
export function splitsPersonName(question: Question, names: Iterable<string>): boolean {
	if (!question.prompt.includes(CLOZE_BLANK)) return false;
	const before = question.prompt.split(CLOZE_BLANK)[0] ?? '';
	const word = /(\p{Lu}[\p{L}.'’-]*)[\])"”’']?\s*$/u.exec(before)?.[1];
	if (!word) return false;
	const joined = normalizeAnswer(`${word} ${question.answerText}`);
	for (const name of names) if (normalizeAnswer(name) === joined) return true;
	return false;
}

/** Fewer words than this besides the gap leave a sentence too bare to read: "Employers have offered _____." */
const FEWEST_GAP_CONTEXT = 5;

const GAP_AFTER_IN_ORDER = new RegExp(`\\b(?:in order|so as)\\s+${CLOZE_BLANK}`, 'i');

/**
 * A gap in a sentence so short that nothing around it says what is asked: "Employers have offered
 * _____." (4%, of what?). Raters read such gaps as vague. Nor a gap that opens after "in order".
 */
export function tooBareAroundGap(question: Question): boolean {
	if (!question.prompt.includes(CLOZE_BLANK)) return false;
	// "…disconnected the plants in order _____": a purpose cut from its "to" is asked by a why-question.
	if (GAP_AFTER_IN_ORDER.test(question.prompt)) return true;
	const words = gapSentenceSubject(question)
		.replace(CLOZE_BLANK, ' ')
		.split(/\s+/)
		.filter((w) => /[\p{L}\p{N}]/u.test(w));
	return words.length < FEWEST_GAP_CONTEXT;
}
