import type { Question } from '../../quiz/question';
import { median } from './median';
import type { QuestionStats, StudentRow } from './types';
import { wrongAnswers } from './wrong-answers';

/**
 * How a class did on one question. Percent correct counts only entirely right answers, over all
 * students; partial credit shows in the average score instead. The most chosen wrong answer
 * counts each student once per answer; a tie goes to the answer met first (rows in name order).
 *
 * @example questionStats(question, 0, rows) // { percentCorrect: 50, commonWrongAnswer: 'China', commonWrongCount: 2, … }
 */
export function questionStats(
	question: Question,
	index: number,
	rows: readonly StudentRow[]
): QuestionStats {
	const grades = rows.map((row) => row.grades[question.id]);
	const correct = grades.filter((grade) => grade?.kind === 'scored' && grade.correct).length;
	const earned = grades.reduce(
		(sum, grade) => sum + (grade?.kind === 'scored' ? grade.score : 0),
		0
	);

	const tally = new Map<string, { label: string; count: number }>();
	for (const row of rows) {
		const response = row.responses[question.id];
		const seen = new Set<string>();
		for (const { key, label } of wrongAnswers(question, response, row.grades[question.id])) {
			if (seen.has(key)) continue;
			seen.add(key);
			const entry = tally.get(key) ?? { label, count: 0 };
			entry.count++;
			tally.set(key, entry);
		}
	}
	let common: { label: string; count: number } | undefined;
	for (const entry of tally.values()) if (!common || entry.count > common.count) common = entry;

	const times = rows.flatMap((row) => {
		const ms = row.timesMs[question.id];
		return ms === undefined ? [] : [ms];
	});
	return {
		questionId: question.id,
		number: index + 1,
		type: question.type,
		prompt: question.prompt,
		percentCorrect: rows.length === 0 ? null : Math.round((correct / rows.length) * 100),
		averageScore: rows.length === 0 ? null : earned / rows.length,
		commonWrongAnswer: common?.label ?? null,
		commonWrongCount: common?.count ?? 0,
		medianTimeMs: median(times)
	};
}
