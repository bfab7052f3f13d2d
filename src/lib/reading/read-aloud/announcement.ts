import type { ReadAloudState } from './read-aloud-queue';

/**
 * What to tell a screen reader when the reading changes state; undefined when nothing worth
 * saying changed (a new sentence is heard, not announced: the voice is already speaking it).
 *
 * @example announcement('speaking', { ...IDLE_STATE, outcome: 'finished' }) // 'Finished reading.'
 */
export function announcement(
	previous: ReadAloudState['status'],
	next: ReadAloudState
): string | undefined {
	// Starting an empty text goes from idle to idle: still worth saying.
	if (next.status === previous && next.outcome !== 'empty') return undefined;
	if (next.status === 'speaking')
		return previous === 'paused' ? 'Reading again.' : 'Reading aloud.';
	if (next.status === 'paused') return 'Paused.';
	switch (next.outcome) {
		case 'finished':
			return 'Finished reading.';
		case 'empty':
			return 'There is nothing to read.';
		case 'failed':
			return 'Reading aloud stopped: the voice failed. Try another voice or speed.';
		case 'stopped':
		case null:
			return 'Stopped.';
	}
}
