import { describe, expect, it } from 'vitest';
import { buildGradebook } from './build-gradebook';
import { imported, makeAssignment } from './test-factories';

const assignment = makeAssignment();

describe('buildGradebook', () => {
	it("re-grades the raw answers and ignores the receipt's tampered scores", () => {
		const tampered = imported({
			responses: {
				single: { type: 'single-choice', selected: 1 },
				tf: { type: 'true-false', selected: false },
				short: { type: 'short-answer', text: 'Russia' }
			},
			scores: { single: 1, tf: 1, short: 1 }
		});

		const { rows, problems } = buildGradebook(assignment, [tampered]);

		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ percent: 33, passed: false, gradesDiffer: true });
		expect(rows[0]?.grades.single).toMatchObject({ kind: 'scored', correct: false });
		expect(problems).toEqual([
			expect.objectContaining({
				kind: 'grades-differ',
				studentName: 'Ana López',
				attempt: 1,
				questionIds: ['single', 'tf']
			})
		]);
	});

	it('counts a receipt imported twice (same checksum) once and reports the duplicate', () => {
		const receipt = imported({}, 'same');

		const { rows, problems } = buildGradebook(assignment, [receipt, { ...receipt }]);

		expect(rows).toHaveLength(1);
		expect(rows[0]?.attempts).toBe(1);
		expect(problems).toEqual([
			{
				kind: 'duplicate',
				studentName: 'Ana López',
				attempt: 1,
				message: "Ana López's attempt 1 was already imported; it counts once."
			}
		]);
	});

	it('reports a receipt for another module and does not merge it', () => {
		const { rows, problems } = buildGradebook(assignment, [
			imported({ assignmentId: 'other-module', studentName: 'Bo' })
		]);

		expect(rows).toEqual([]);
		expect(problems).toEqual([
			{
				kind: 'other-module',
				studentName: 'Bo',
				assignmentId: 'other-module',
				message: 'Bo\'s receipt is for another module ("other-module"); it was not added.'
			}
		]);
	});

	it('ignores answers to questions the module does not have and reports them once per receipt', () => {
		const receipt = imported({
			responses: {
				single: { type: 'single-choice', selected: 0 },
				tf: { type: 'true-false', selected: true },
				short: { type: 'short-answer', text: 'Russia' },
				gone: { type: 'short-answer', text: 'x' }
			},
			scores: { single: 1, tf: 1, short: 1, gone: 1, removed: 0 },
			timesMs: { single: 1, gone: 99_000 }
		});

		const { rows, problems } = buildGradebook(assignment, [receipt]);

		expect(rows[0]).toMatchObject({ percent: 100, timeMs: 1, gradesDiffer: false });
		expect(rows[0]?.responses).not.toHaveProperty('gone');
		expect(problems).toEqual([
			expect.objectContaining({ kind: 'unknown-questions', questionIds: ['gone', 'removed'] })
		]);
	});

	it('lists students in name order', () => {
		const { rows } = buildGradebook(assignment, [
			imported({ studentName: 'Zoë' }),
			imported({ studentName: 'ben' }),
			imported({ studentName: 'Ana' })
		]);

		expect(rows.map((row) => row.name)).toEqual(['Ana', 'ben', 'Zoë']);
	});

	it('gives an empty class no rows, no problems and statistics without values', () => {
		const { rows, questions, problems } = buildGradebook(assignment, []);

		expect(rows).toEqual([]);
		expect(problems).toEqual([]);
		expect(questions.map((q) => q.questionId)).toEqual(['single', 'tf', 'short']);
		expect(questions[0]).toEqual({
			questionId: 'single',
			number: 1,
			type: 'single-choice',
			prompt: 'Where does the gas come from?',
			percentCorrect: null,
			averageScore: null,
			commonWrongAnswer: null,
			commonWrongCount: 0,
			medianTimeMs: null
		});
	});
});
