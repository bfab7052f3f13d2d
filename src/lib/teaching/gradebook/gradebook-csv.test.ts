import { describe, expect, it } from 'vitest';
import * as make from '../../quiz/question/test-factories';
import { buildGradebook } from './build-gradebook';
import { gradebookCsv } from './gradebook-csv';
import { imported, makeAssignment } from './test-factories';

const assignment = makeAssignment([
	make.singleChoice({ prompt: 'Where does the gas come from, "mostly"?' }),
	make.multipleChoice({
		prompt: 'Which countries does the pipeline cross on its way to the coast?'
	})
]);
const FINISHED = Date.parse('2026-03-05T14:07:30Z');

describe('gradebookCsv', () => {
	it('writes a row per student, a blank line and a row of statistics per question', () => {
		const gradebook = buildGradebook(assignment, [
			imported({
				studentName: 'López, Ana',
				finishedAt: FINISHED,
				responses: {
					single: { type: 'single-choice', selected: 1 },
					multiple: { type: 'multiple-choice', selected: [0, 2] }
				},
				scores: {},
				timesMs: { single: 12_340, multiple: 30_000 }
			}),
			imported({
				studentName: '=cmd|calc',
				finishedAt: FINISHED,
				responses: { single: { type: 'single-choice', selected: 0 } },
				scores: {},
				timesMs: { single: 8_000 }
			})
		]);

		expect(gradebookCsv(gradebook, assignment, { timeZone: 'UTC' }).split('\r\n')).toEqual([
			'Student,Attempt,Score %,Passed,Finished,"Q1 Where does the gas come from, ""mostly""?",Q2 Which countries does the pipeline cross…',
			"'=cmd|calc,1,50,no,2026-03-05 14:07,1,",
			'"López, Ana",1,33,no,2026-03-05 14:07,0,0.67',
			'',
			'Question,% correct,Average score,Most chosen wrong answer,Chosen by,Median time (s)',
			'"Q1 Where does the gas come from, ""mostly""?",50,0.5,China,1,10.2',
			'Q2 Which countries does the pipeline cross…,0,0.33,,,30',
			''
		]);
	});

	it('writes only the headers and empty statistics for an empty class', () => {
		const csv = gradebookCsv(buildGradebook(assignment, []), assignment, { timeZone: 'UTC' });

		expect(csv.split('\r\n').slice(1)).toEqual([
			'',
			'Question,% correct,Average score,Most chosen wrong answer,Chosen by,Median time (s)',
			'"Q1 Where does the gas come from, ""mostly""?",,,,,',
			'Q2 Which countries does the pipeline cross…,,,,,',
			''
		]);
	});

	it('guards a wrong answer a student typed as a formula', () => {
		const module = makeAssignment([make.shortAnswer()]);
		const gradebook = buildGradebook(module, [
			imported({
				responses: { short: { type: 'short-answer', text: '@SUM(A1:A9)' } },
				scores: {},
				timesMs: {}
			})
		]);

		expect(gradebookCsv(gradebook, module, { timeZone: 'UTC' })).toContain(
			"\r\nQ1 Question?,0,0,'@SUM(A1:A9),1,\r\n"
		);
	});
});
