import { mergeStates } from './merge-states';
import { readStored } from './read-stored';
import type { ProgressState } from './state';

/**
 * Folds another tab's write (the `storage` event's `newValue`) into this tab's state. Nothing of
 * this tab is lost: the result is a merge. A removed key (null), unreadable text or a newer
 * version leaves the state as it is; this tab's next save deals with them.
 *
 * @example addEventListener('storage', (e) => { if (e.key === PROGRESS_KEY) state = applyExternalChange(state, e.newValue) })
 */
export function applyExternalChange(
	current: ProgressState,
	newRawValue: string | null
): ProgressState {
	const read = readStored(newRawValue);
	return read.kind === 'ok' ? mergeStates(current, read.state) : current;
}
