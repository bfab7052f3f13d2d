import type { Assignment } from '../sharing';
import { isShowableMs } from '../../core/validation';
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
 * "2026-03-05 14:07": a form every spreadsheet reads as a date and time. Empty for a time no date
 * can show (receipts are checked on import, but one kept from before must not stop the export:
 * formatting it would throw a RangeError).
 */
function finished(ms: number, timeZone: string | undefined): string {
	if (!isShowableMs(ms)) return '';
	const parts = new Intl.DateTimeFormat('en-CA', {
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
		timeZone
	}).formatToParts(new Date(ms));
	const part = (type: Intl.DateTimeFormatPartTypes) =>
		parts.find((p) => p.type === type)?.value ?? '';
	return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

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
			finished(row.finishedAt, options.timeZone),
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
