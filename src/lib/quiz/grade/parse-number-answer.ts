import { answerTokens, foldCharacters } from './normalize-answer';
import { NUMBER_TOKEN } from './number-words';

/** A typed number read for grading, or why it cannot be graded yet. */
type NumberAnswer =
	{ kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'invalid'; message: string };

export const NOT_A_NUMBER = 'Type a number, like 12 or 3.5.';
export const MORE_THAN_ONE_NUMBER = 'Type just one number, like 12 or 3.5.';
export const DECIMAL_COMMA = 'Use a point for decimals, like 3.5 (a comma is read as in 2,500).';
export const TOO_LARGE = 'That number is too large to check.';

/**
 * A comma between digits that is not a thousands separator ("3,5", "1,25"): English articles never
 * write decimals that way, but a student might, so ask instead of guessing.
 */
const DECIMAL_COMMA_PATTERN = /\d,(?!\d{3}(?!\d))\d/;

/** Removes the first run of `unit` tokens, so a unit that holds a number ("per 100,000") is not read. */
function withoutUnit(tokens: string[], unit: readonly string[]): string[] {
	if (unit.length === 0) return tokens;
	for (let i = 0; i + unit.length <= tokens.length; i++) {
		if (unit.every((token, k) => tokens[i + k] === token)) {
			return [...tokens.slice(0, i), ...tokens.slice(i + unit.length)];
		}
	}
	return tokens;
}

/**
 * Reads the one number in a typed answer. Digits, thousands separators ("2,500", "2 500"), signs,
 * decimals and number words ("three", "twenty thousand", "2.5 million") are understood; the unit and
 * any other words around the number are ignored, so "3", "3%", "3 percent" and "about 3" all read 3.
 *
 * @example parseNumberAnswer('2,500 soldiers', 'soldiers') // { kind: 'number', value: 2500 }
 * @example parseNumberAnswer('three percent') // { kind: 'number', value: 3 }
 * @example parseNumberAnswer('abc') // { kind: 'invalid', message: 'Type a number, like 12 or 3.5.' }
 */
export function parseNumberAnswer(text: string, unit?: string): NumberAnswer {
	if (text.trim() === '') return { kind: 'empty' };
	if (DECIMAL_COMMA_PATTERN.test(foldCharacters(text)))
		return { kind: 'invalid', message: DECIMAL_COMMA };
	const tokens = withoutUnit(answerTokens(text), unit ? answerTokens(unit) : []);
	const numbers = tokens.filter((token) => NUMBER_TOKEN.test(token));
	if (numbers.length === 0) return { kind: 'invalid', message: NOT_A_NUMBER };
	if (numbers.length > 1) return { kind: 'invalid', message: MORE_THAN_ONE_NUMBER };
	const value = Number(numbers[0]);
	if (!Number.isFinite(value)) return { kind: 'invalid', message: TOO_LARGE };
	return { kind: 'number', value };
}
