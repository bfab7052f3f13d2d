import { UNKNOWN } from './unknown';

const WHOLE_NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** @example wholeNumber(12500) // '12,500' */
export const wholeNumber = (count: number): string =>
	Number.isFinite(count) ? WHOLE_NUMBER.format(count) : UNKNOWN;

/** @example plural(1, 'question') // '1 question'; plural(1180, 'word') // '1,180 words' */
export const plural = (count: number, noun: string, many = `${noun}s`): string =>
	`${wholeNumber(count)} ${count === 1 ? noun : many}`;

/** @example percent(0.846) // '85%' */
export const percent = (share: number): string =>
	Number.isFinite(share) ? `${Math.round(share * 100)}%` : UNKNOWN;

/** Fractions a student reads at a glance, by value. */
const FRACTIONS: readonly [number, string][] = [
	[1 / 4, '¼'],
	[1 / 3, '⅓'],
	[1 / 2, '½'],
	[2 / 3, '⅔'],
	[3 / 4, '¾']
];

/**
 * Credit as a whole number or a whole number and a simple fraction, never a decimal: partial
 * credit of 1⁄3 a question reads "12⅓", not "12.3". Rounds to the nearest quarter or third.
 *
 * @example credit(12.333) // '12⅓'
 * @example credit(1.5) // '1½'
 */
export function credit(earned: number): string {
	const whole = Math.floor(earned + 1e-9);
	const part = earned - whole;
	const [value, symbol] = FRACTIONS.reduce(
		(best, candidate) =>
			Math.abs(candidate[0] - part) < Math.abs(best[0] - part) ? candidate : best,
		[0, ''] as readonly [number, string]
	);
	if (Math.abs(1 - part) < Math.abs(value - part)) return String(whole + 1);
	return symbol ? `${whole === 0 ? '' : whole}${symbol}` : String(whole);
}
