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
