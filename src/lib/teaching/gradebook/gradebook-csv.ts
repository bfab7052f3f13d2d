import type { Assignment } from '../sharing';
import { sortableDateTime } from '../../core/format';
import { csvText, type CsvCell } from './csv';
import type { Gradebook } from './types';

const PROMPT_CHARS = 40;

/** "Q3 Where does the gas come from?", cut to a column header's length. */
function questionHeader(number: number, prompt: string): string {
	const chars = Array.from(prompt.replace(/\s+/g, ' ').trim());
	const short =
		chars.length <= PROMPT_CHARS ? chars.join('') : `${chars.slice(0, PROMPT_CHARS - 1).join('')}…`;
	return `Q${number} ${short}`;
}

const twoDecimals = (value: number): number => Math.round(value * 100) / 100;

/**
 * The gradebook as a CSV file for a spreadsheet: a row per student (score per question 0–1, empty
 * when unanswered), then a blank line and a row of statistics per question. Times are written in
 * `timeZone` (the device's own when not given).
 *
 * @example
 * gradebookCsv(gradebook, assignment, { timeZone: 'UTC' })
 * // 'Student,Attempt,Score %,Passed,Finished,Q1 Where does the gas come from?\r\nAna López,1,100,yes,2023-11-14 22:23,1\r\n\r\n…'
 */
export function gradebookCsv(
	gradebook: Gradebook,
	assignment: Assignment,
	options: { timeZone?: string } = {}
): string {
	const headers = assignment.questions.map((question, i) => questionHeader(i + 1, question.prompt));
	const records: CsvCell[][] = [
		['Student', 'Attempt', 'Score %', 'Passed', 'Finished', ...headers]
	];
	for (const row of gradebook.rows) {
		const scores = assignment.questions.map(({ id }): CsvCell => {
			const grade = row.grades[id];
			// An ungradable answer earned nothing, as in the score; only a missing one stays empty.
			if (!grade || grade.kind === 'unanswered') return '';
			return grade.kind === 'scored' ? twoDecimals(grade.score) : 0;
		});
		records.push([
			row.name,
			row.attempt,
			row.percent,
			row.passed ? 'yes' : 'no',
			// Empty for a receipt kept from before import checks whose time no date can show.
			sortableDateTime(row.finishedAt, options.timeZone),
			...scores
		]);
	}
	records.push([]);
	records.push([
		'Question',
		'% correct',
		'Average score',
		'Most chosen wrong answer',
		'Chosen by',
		'Median time (s)'
	]);
	for (const stats of gradebook.questions) {
		records.push([
			questionHeader(stats.number, stats.prompt),
			stats.percentCorrect ?? '',
			stats.averageScore === null ? '' : twoDecimals(stats.averageScore),
			stats.commonWrongAnswer ?? '',
			stats.commonWrongAnswer === null ? '' : stats.commonWrongCount,
			stats.medianTimeMs === null ? '' : Math.round(stats.medianTimeMs / 100) / 10
		]);
	}
	return csvText(records);
}
