import { UNKNOWN } from './unknown';

const pad2 = (n: number) => String(n).padStart(2, '0');

/** "4 min 05 s", "45 s", "1 h 02 min": how long something took, to the second under an hour. */
export function formatDuration(milliseconds: number): string {
	if (!Number.isFinite(milliseconds)) return UNKNOWN;
	const seconds = Math.max(0, Math.round(milliseconds / 1000));
	const minutes = Math.floor(seconds / 60);
	const rest = seconds % 60;
	if (minutes === 0) return `${rest} s`;
	if (minutes < 60) return `${minutes} min ${pad2(rest)} s`;
	return `${Math.floor(minutes / 60)} h ${pad2(minutes % 60)} min`;
}

/**
 * "12:05" for 12 minutes 5 seconds left: a countdown's minutes and seconds. Rounds up, so "0:00"
 * means the time is really up.
 *
 * @example formatClock(725_000) // '12:05'
 */
export function formatClock(milliseconds: number): string {
	const seconds = Math.ceil(milliseconds / 1000);
	return `${Math.floor(seconds / 60)}:${pad2(seconds % 60)}`;
}
