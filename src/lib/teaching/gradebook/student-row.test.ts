import { describe, expect, it } from 'vitest';
import * as make from '../../quiz/question/test-factories';
import { studentRow } from './student-row';
import { imported, makeAssignment } from './test-factories';

const assignment = makeAssignment();

describe('studentRow', () => {
	it('counts the best attempt, names the student as the latest receipt spells it, matches names loosely', () => {
		const first = imported({
			attempt: 1,
			finishedAt: 2_000,
			studentName: 'ana lópez',
			responses: {},
			scores: {}
		});
		const second = imported({ attempt: 2, finishedAt: 3_000, studentName: '  Ana  López ' });
		const third = imported({
			attempt: 3,
			finishedAt: 1_000,
			studentName: 'ANA LÓPEZ',
			responses: {},
			scores: {}
		});

		const { row } = studentRow(assignment, [first, second, third]);

		expect(row).toMatchObject({
			name: 'Ana López',
			attempt: 2,
			attempts: 3,
			percent: 100,
			finishedAt: 3_000
		});
	});

	it.each([
		['highest', 1, 100],
		['latest', 2, 0],
		['first', 1, 100]
	] as const)(
		'counts the %s attempt when a pass is followed by a timed-out retry, and lists both',
		(policy, attempt, percent) => {
			const pass = imported({ attempt: 1, finishedAt: 1_000 });
			const timedOut = imported({ attempt: 2, finishedAt: 2_000, responses: {}, scores: {} });

			const { row } = studentRow(assignment, [timedOut, pass], policy);

			expect(row).toMatchObject({ attempt, percent, attempts: 2 });
			expect(row.history.map((entry) => [entry.attempt, entry.percent, entry.counted])).toEqual([
				[1, 100, attempt === 1],
				[2, 0, attempt === 2]
			]);
		}
	);

	it('counts the module’s own choice when the teacher picks none', () => {
		const pass = imported({ attempt: 1, finishedAt: 1_000 });
		const timedOut = imported({ attempt: 2, finishedAt: 2_000, responses: {}, scores: {} });
		const latest = {
			...assignment,
			settings: { ...assignment.settings, countedAttempt: 'latest' as const }
		};

		expect(studentRow(assignment, [pass, timedOut]).row.percent).toBe(100);
		expect(studentRow(latest, [pass, timedOut]).row.percent).toBe(0);
	});

	it('breaks a tie in finish time by the higher attempt number, whatever the import order', () => {
		const one = imported({ attempt: 1, finishedAt: 5_000 });
		const two = imported({ attempt: 2, finishedAt: 5_000 });

		expect(studentRow(assignment, [two, one]).row.attempt).toBe(2);
		expect(studentRow(assignment, [one, two]).row.attempt).toBe(2);
	});

	it('passes a student exactly at the pass mark and adds up their time', () => {
		const sixty = makeAssignment([
			...assignment.questions,
			make.trueFalse({ id: 'tf2' }),
			make.trueFalse({ id: 'tf3' })
		]);
		const allRight = imported();

		const { row } = studentRow(sixty, [allRight]);

		expect(row).toMatchObject({ percent: 60, passed: true, timeMs: 20_000 });
	});

	it('reports disagreeing scores on an older attempt too, while the row shows the latest', () => {
		const older = imported({
			attempt: 1,
			finishedAt: 1_000,
			scores: { single: 0, tf: 0, short: 0 }
		});
		const latest = imported({ attempt: 2, finishedAt: 2_000 });

		const { row, problems } = studentRow(assignment, [older, latest]);

		expect(row.gradesDiffer).toBe(false);
		expect(problems).toEqual([expect.objectContaining({ kind: 'grades-differ', attempt: 1 })]);
	});
});
