import type { AttemptGrade } from '../../progress/record';

/** Questions to retry: everything not fully right, unanswered included, in the order asked. */
export function missedQuestionIds(
	questionIds: readonly string[],
	grades: Readonly<Record<string, AttemptGrade | undefined>>
): string[] {
	return questionIds.filter((id) => {
		const grade = grades[id];
		return !(grade?.kind === 'scored' && grade.correct);
	});
}

/** "4 min 05 s", "45 s": how long a sitting took. */
export function formatDuration(milliseconds: number): string {
	if (!Number.isFinite(milliseconds)) return '—';
	const seconds = Math.max(0, Math.round(milliseconds / 1000));
	const minutes = Math.floor(seconds / 60);
	const rest = seconds % 60;
	if (minutes === 0) return `${rest} s`;
	if (minutes < 60) return `${minutes} min ${String(rest).padStart(2, '0')} s`;
	return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}
