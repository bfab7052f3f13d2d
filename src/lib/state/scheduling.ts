/** The progress changes that schedule reviews, with the scheduler they run (ts-fsrs). */
const importScheduling = () => import('$lib/progress/record/progress-change');

let loading: ReturnType<typeof importScheduling> | undefined;

/**
 * Loads the scheduling changes the first time an answer is recorded: the quiz and review pages
 * start without the scheduler, which only a submitted quiz or an answered review card needs. A
 * load that failed (offline before the service worker cached it) is tried again on the next call.
 *
 * @example const { attemptRecorded } = await loadScheduling(); progress.record(attemptRecorded(attempt));
 */
export function loadScheduling(): ReturnType<typeof importScheduling> {
	loading ??= importScheduling().catch((error: unknown) => {
		loading = undefined;
		throw error;
	});
	return loading;
}
