import { attemptId, buildAttempt, retryRecord, type SaveResult } from '$lib/progress/record';
import { useProgress, type Progress } from './progress.svelte';
import type { QuizSession } from './quiz-session.svelte';
import { loadScheduling } from './scheduling';

interface SubmitOptions {
	progress?: Progress;
	clock?: () => number;
	/** Draws the random part of the attempt's id (see `attemptId`). */
	random?: () => number;
}

/**
 * Records a module's finished quiz as an attempt (a retry of missed questions as one, with the
 * quiz's corrected score). The draft goes only once the attempt is stored: with storage full, a
 * reload still has the answers. The attempt is finished at the call; it is stored once the scheduler
 * has loaded, and when that load fails the promise rejects with nothing stored and the draft kept.
 *
 * @example await submitModuleQuiz(session); goto(resolve('/modules/[slug]/results', { slug }));
 */
export async function submitModuleQuiz(
	session: QuizSession,
	options: SubmitOptions = {}
): Promise<SaveResult> {
	const { progress = useProgress(), clock = Date.now, random = Math.random } = options;
	const finished = session.result(clock());
	const { retryOf } = session;
	const grades = finished.result.perQuestion;
	const attempt = buildAttempt({
		id: attemptId(finished.moduleSlug, finished.finishedAt, random),
		moduleSlug: finished.moduleSlug,
		kind: 'quiz',
		questions: finished.questions,
		responses: finished.responses,
		grades,
		startedAt: new Date(finished.startedAt),
		finishedAt: new Date(finished.finishedAt),
		retry: retryOf ? retryRecord(progress.state, retryOf, grades) : undefined
	});
	const { attemptRecorded } = await loadScheduling();
	const saved = progress.record(attemptRecorded(attempt));
	if (saved.saved) session.discardDraft();
	return saved;
}
