import { boundedEditDistance } from './edit-distance';
import { normalizeAnswer } from './normalize-answer';
import { NUMBER_TOKEN } from './number-words';
import { holdsKeyWords, sameWordsReordered } from './key-words';

/** How a typed answer relates to the accepted and rejected answers of a question. */
type TextMatch =
	| { kind: 'exact'; accepted: string }
	| { kind: 'typo'; accepted: string; distance: number }
	| { kind: 'key-words'; accepted: string }
	| { kind: 'rejected'; rejected: string; exact: boolean }
	| { kind: 'none' };

/**
 * Typos allowed for an answer of this form, by its letters and digits (spaces not counted):
 * none up to 3 ("LPG" must be exact), one for 4–7 ("Rusia"), two from 8 ("Kazakstan").
 */
export function typoAllowance(form: string): number {
	const length = Array.from(form.replace(/ /g, '')).length;
	if (length <= 3) return 0;
	return length <= 7 ? 1 : 2;
}

/** A typo never changes a number: "2600" is not a typo of "2500". */
function sameNumbers(a: string, b: string): boolean {
	const numbers = (form: string) =>
		form
			.split(' ')
			.filter((token) => NUMBER_TOKEN.test(token))
			.join(' ');
	return numbers(a) === numbers(b);
}

const forms = (answers: readonly string[]) =>
	answers.map((text) => ({ text, form: normalizeAnswer(text) })).filter(({ form }) => form !== '');

/**
 * Compares a normalized response (see `normalizeAnswer`) with the accepted and rejected answers.
 * An exact accepted match wins; otherwise a rejected answer that is matched exactly, or at least as
 * closely as the nearest accepted one, makes the answer wrong — typo tolerance never turns another
 * real answer from the article into a right one.
 *
 * @example matchTextAnswer('rusia', ['Russia'], ['China']) // { kind: 'typo', accepted: 'Russia', distance: 1 }
 * @example matchTextAnswer('chna', ['Russia'], ['China']) // { kind: 'none' }
 */
export function matchTextAnswer(
	response: string,
	accepted: readonly string[],
	rejected: readonly string[]
): TextMatch {
	const acceptedForms = forms(accepted);
	const rejectedForms = forms(rejected);
	const exact = acceptedForms.find(({ form }) => form === response);
	if (exact) return { kind: 'exact', accepted: exact.text };
	const exactRejected = rejectedForms.find(({ form }) => form === response);
	if (exactRejected) return { kind: 'rejected', rejected: exactRejected.text, exact: true };

	let nearest: { text: string; distance: number } | undefined;
	for (const { text, form } of acceptedForms) {
		const allowance = typoAllowance(form);
		if (allowance === 0 || !sameNumbers(response, form)) continue;
		const distance = boundedEditDistance(response, form, allowance);
		if (distance <= allowance && (!nearest || distance < nearest.distance)) {
			nearest = { text, distance };
		}
	}
	if (!nearest) {
		// A rejected answer that holds the key's words is still another real answer, never this one.
		if (
			rejectedForms.some(
				({ form }) => holdsKeyWords(response, form) || sameWordsReordered(response, form)
			)
		)
			return { kind: 'none' };
		const worded = acceptedForms.find(
			({ form }) => holdsKeyWords(response, form) || sameWordsReordered(response, form)
		);
		return worded ? { kind: 'key-words', accepted: worded.text } : { kind: 'none' };
	}
	const closerRejected = rejectedForms.find(
		({ form }) => boundedEditDistance(response, form, nearest.distance) <= nearest.distance
	);
	if (closerRejected) return { kind: 'rejected', rejected: closerRejected.text, exact: false };
	return { kind: 'typo', accepted: nearest.text, distance: nearest.distance };
}
