import { CLOZE_BLANK, type Question } from '../../../quiz/question';
import { escapeRegExp } from '../text/escape-regexp';
import { normalizeAnswer } from '../text/normalize';

/** A sentence opening on a thing the sentence before introduced: "The move", "The contacts". */
const VAGUE_OPENER =
	/^The (?:move|deadline|contacts?|meetings?|decision|measure|plan|deal|effort|situation|proposal|request|change|step|idea|process|issue|problem|uncertainty)\b(?!\s+(?:of|to|for|that|which|who)\b)/;

/**
 * A gap in a sentence that opens with "It", "He", "They", "There," or "Instead" asks a reader to
 * fill in a sentence whose subject, place or contrast they cannot name out of context.
 */
export function leansOnPronoun(question: Question): boolean {
	if (!question.prompt.includes(CLOZE_BLANK)) return false;
	// A quotation's opening mark hides the pronoun after it: "“They traveled to _____ …".
	// "But three days later, their situation …": a connective and a time phrase hide the opener.
	const sentence = question.prompt
		.replace(/^Choose the [^:]*:\s*/, '')
		.replace(/^["“‘']+/, '')
		.replace(/^(?:But|And|So|Yet|Still|Meanwhile|However|Then)\b,?\s*/, '')
		.replace(/^[^,]{0,30}\b(?:later|earlier|ago)\s*,\s*/, '')
		// "Then in May he announced …": a date set before the subject.
		.replace(/^(?:in|on|by|during|last|this)\s+\p{Lu}\p{L}*(?:\s+\d{1,4})?,?\s+/iu, '')
		.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
	if (/^(?:(?:It|Its|This|These|They|Their|Those|He|She|His|Her|Instead)\b|There,)/.test(sentence))
		return true;
	// "The move …", "The deadline …": a subject that names nothing until the sentence before says which.
	if (VAGUE_OPENER.test(sentence)) return true;
	// "…the port will reopen in _____, he said.": whose words they are is in another sentence.
	return /[,”"]\s*(?:he|she|they)\s+(?:said|says|added|told|wrote|noted|explained)\b/.test(
		sentence
	);
}

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
	return /^\p{Lu}/u.test(question.answerText) && BLANK_AFTER_COMPOUND_NAME.test(question.prompt);
}

const BLANK = escapeRegExp(CLOZE_BLANK);
const BLANK_IN_COMPOUND = new RegExp(`[\\p{L}.]-${BLANK}|${BLANK}-\\p{Lu}`, 'u');
const BLANK_AFTER_COMPOUND_NAME = new RegExp(`\\p{Lu}\\S*-\\p{Lu}\\S* ${BLANK}`, 'u');

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
