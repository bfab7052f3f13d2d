/** Milliseconds left of a time limit, never below zero. */
export function timeLeft(startedAt: number, limitMinutes: number, now: number): number {
	return Math.max(0, startedAt + limitMinutes * 60_000 - now);
}

const WARNINGS = [
	{ at: 5 * 60_000, message: '5 minutes left.' },
	{ at: 60_000, message: '1 minute left.' }
];

/**
 * The warning to announce when the time left crosses a threshold between two ticks, so a screen
 * reader hears each warning once rather than a countdown every second.
 *
 * @example timeWarning(300_500, 299_500) // '5 minutes left.'
 */
export function timeWarning(before: number, after: number): string | undefined {
	return WARNINGS.find((warning) => before > warning.at && after <= warning.at)?.message;
}

/**
 * The warning shown on screen while little time is left (the screen reader hears it once, through
 * `timeWarning`); undefined before the last five minutes.
 *
 * @example timeBanner(240_000) // '5 minutes left or less. Your answers are saved as you go.'
 */
export function timeBanner(left: number): string | undefined {
	if (left > WARNINGS[0]!.at) return undefined;
	const minutes = left > WARNINGS[1]!.at ? '5 minutes' : '1 minute';
	return `${minutes} left or less. Your answers are saved as you go.`;
}

/**
 * Whether a sitting ended because its time limit ran out: it lasted the whole limit, give or take
 * the one-second tick that submits it.
 *
 * @example ranOutOfTime(0, 20 * 60_000, 20) // true
 */
export function ranOutOfTime(
	startedAt: number,
	finishedAt: number,
	limitMinutes: number | null
): boolean {
	return limitMinutes !== null && finishedAt - startedAt >= limitMinutes * 60_000 - 1_000;
}
