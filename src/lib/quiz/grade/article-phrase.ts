import { normalizeAnswer } from './normalize-answer';
import { NUMBER_TOKEN } from './number-words';

/** Words an answer may add to its key only as the article writes them around it. */
const MOST_ADDED_WORDS = 3;
/** An added "and" or "or" names a second answer ("Russia and China"), not a fuller first one. */
const SECOND_ANSWER = /^(?:and|or|nor|but|plus)$/;
/**
 * "because the charge was announced" for "the charge was announced": the word that says a reason
 * is the question's, not the answer's.
 */
const LEADING_REASON = /^(?:because of|because|due to|owing to|as a result of|since|as|after) /;

const holdsRun = (words: string, run: string) => ` ${words} `.includes(` ${run} `);

/**
 * A typed answer without the "because" a why-question's answer opens with, or the answer itself
 * when it has none (or nothing is left after it).
 */
export function withoutLeadingReason(response: string): string {
	const rest = response.replace(LEADING_REASON, '');
	return rest === response || rest.trim() === '' ? response : rest;
}

/**
 * The accepted answer that a typed answer writes out with the words the article puts around it:
 * "campaign director" for the key "director" where the article says "Sam Okafor, campaign director
 * at …", "residents of Lalbagh" for "residents". The answer must be a run of the evidence's own
 * words that holds the key whole and adds at most three words, none a number or a second answer,
 * and no other real answer of the article ("Russia and China" is not "Russia").
 *
 * @example fullerInArticle('campaign director', ['director'], [], ['Sam Okafor, campaign director at the alliance, said …']) // 'director'
 */
export function fullerInArticle(
	response: string,
	accepted: readonly string[],
	rejected: readonly string[],
	evidence: readonly string[]
): string | undefined {
	if (!evidence.some((sentence) => holdsRun(normalizeAnswer(sentence), response))) return undefined;
	if (rejected.some((other) => holdsRun(response, normalizeAnswer(other) || '\u0000')))
		return undefined;
	const words = response.split(' ');
	return accepted.find((answer) => {
		const key = normalizeAnswer(answer);
		if (key === '' || !holdsRun(response, key)) return false;
		const keyWords = key.split(' ');
		const added = words.length - keyWords.length;
		if (added < 1 || added > MOST_ADDED_WORDS) return false;
		const at = ` ${response} `.indexOf(` ${key} `);
		const before = response.slice(0, at).split(' ').filter(Boolean);
		const after = response
			.slice(at + key.length)
			.split(' ')
			.filter(Boolean);
		return [...before, ...after].every(
			(word) => !NUMBER_TOKEN.test(word) && !SECOND_ANSWER.test(word)
		);
	});
}
