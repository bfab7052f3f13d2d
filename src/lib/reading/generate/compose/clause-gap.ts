import { CLOZE_BLANK } from '../../../quiz/question';
import { splitClauses } from '../analyze/clauses';
import { quotesBalanced } from '../text/grammar';
import { capitalize, wordsIn } from '../text/normalize';
import type { ArticleSentence } from '../types';

/** A gap in a sentence this long is a memory test; in its clause it is a reading question. */
const LONG_SENTENCE_WORDS = 25;

/**
 * The sentence, or for a long sentence the clause holding `[start, end)`, with that span replaced
 * by the gap: "Trump and _____ are to attend the Group of Seven economic summit June 8-9 in Canada"
 * rather than the whole sentence with its "but may meet … according to officials …".
 *
 * @example gapPrompt(sentence, 10, 19) // 'Officials moved _____ to safety.'
 */
export function gapPrompt(sentence: ArticleSentence, start: number, end: number): string {
	const whole = sentence.text.slice(0, start) + CLOZE_BLANK + sentence.text.slice(end);
	if (wordsIn(sentence.text) <= LONG_SENTENCE_WORDS) return whole;
	const answer = sentence.text.slice(start, end);
	const { terms } = sentence;
	// Only a clause that stands as a sentence: its own subject first, a verb, and an end at
	// punctuation (a clause cut inside "FBI and Justice Department officials" is no sentence).
	const clauses = splitClauses(sentence).filter((c) => {
		if (c.start > start || c.end < end || c.quoted || !c.subject || !c.verb) return false;
		// "no evidence that | his conduct was motivated by bias": a reported or subordinate clause
		// lifted out of its frame can say the opposite of the sentence.
		if (c.kind !== 'main' && c.kind !== 'coordinate') return false;
		if (c.text.split(answer).length !== 2 || wordsIn(c.text) < 6 || /[,;]/.test(c.text))
			return false;
		const own = c.subject.from >= c.firstTerm && c.subject.from <= c.firstTerm + 1;
		const last = terms[c.lastTerm - 1];
		const endsAtPunctuation = c.lastTerm === terms.length || /[,;:—–-]/.test(last?.post ?? '');
		return own && endsAtPunctuation;
	});
	const innermost = clauses.sort((a, b) => a.end - a.start - (b.end - b.start))[0];
	if (!innermost) return whole;
	const clause = innermost.text.replace(answer, CLOZE_BLANK);
	// "… winds gusting up to 70 kilometres per hour (43 mph": the clause ends inside brackets.
	const opened = (clause.match(/\(/g) ?? []).length - (clause.match(/\)/g) ?? []).length;
	if (!quotesBalanced(clause) || opened !== 0) return whole;
	return `${capitalize(clause)}.`;
}
