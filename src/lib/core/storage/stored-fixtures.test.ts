import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readStoredReceipts } from '../../teaching/gradebook/stored-receipts';
import { readAssignedModules } from '../../teaching/library/assigned-modules';
import { readKnownStudents, readStudentName } from '../../teaching/library/students';
import { readTeacherModules } from '../../teaching/library/teacher-modules';
import { readStored } from '../../progress/record/read-stored';
import { fitDraft, readDraft } from '../../quiz/session/draft';

/**
 * Every stored value as each version of Lectern wrote it (tests/fixtures/stored/README.md). If
 * one of these fails, a change would lose what students or teachers saved: migrate instead.
 */
const fixture = (name: string) =>
	readFileSync(new URL(`../../../../tests/fixtures/${name}`, import.meta.url), 'utf8').replace(
		/\n$/,
		''
	);

describe('stored values written by every version still load', () => {
	it.each(['stored/teacher-modules-v0.json', 'stored/teacher-modules-v1.json'])(
		'teacher modules: %s',
		(name) => {
			const read = readTeacherModules(fixture(name));
			expect(read).toMatchObject({ skipped: 0, unreadable: false });
			expect(read.items.map((m) => [m.id, m.title, m.questions.length])).toEqual([
				['gas-pipeline', 'The gas pipeline', 9]
			]);
		}
	);

	it.each([
		['stored/assigned-v0.json', undefined],
		['stored/assigned-v1.json', 'Ana López']
	])('assigned modules: %s', (name, studentName) => {
		const read = readAssignedModules(fixture(name));
		expect(read).toMatchObject({ skipped: 0, unreadable: false });
		expect(read.items[0]!.assignment.id).toBe('gas-pipeline');
		const [submission, ...more] = read.items[0]!.submissions;
		expect(more).toEqual([]);
		expect(submission).toMatchObject({ attempt: 1, percent: 75, finishedAt: 1764000600000 });
		expect(submission!.studentName).toBe(studentName);
	});

	it.each(['stored/gradebook-v0.json', 'stored/gradebook-v1.json'])(
		'gradebook receipts: %s',
		(name) => {
			const read = readStoredReceipts(fixture(name));
			expect(read.items).toHaveLength(1);
			expect(read.items[0]).toMatch(/^R1\./);
		}
	);

	it('the names used on a device: version 1', () => {
		expect(readKnownStudents(fixture('stored/students-v1.json')).items).toEqual([
			'Ana López',
			'Bo Chen'
		]);
	});

	it.each(['stored/student-name-v0.txt', 'stored/student-name-v1.json'])(
		'the student answering now: %s',
		(name) => {
			expect(readStudentName(fixture(name))).toBe('Ana López');
		}
	);

	it('a quiz in progress: version 1', () => {
		const draft = readDraft(fixture('stored/draft-v1.json'));
		expect(draft).toMatchObject({ moduleSlug: 'assigned-gas-pipeline', current: 1 });
		expect(fitDraft(draft, 'assigned-gas-pipeline', draft!.questionIds)?.responses).toEqual({
			'q-abccdd87': { type: 'short-answer', text: 'Russia' }
		});
	});

	it.each([
		['progress/v1.json', 3],
		['stored/progress-v2.json', 1],
		['stored/progress-v3.json', 1]
	])('progress: %s', (name, attempts) => {
		const read = readStored(fixture(name));
		expect(read.kind).toBe('ok');
		if (read.kind === 'ok') {
			expect(read.skipped).toEqual([]);
			expect(read.state.attempts).toHaveLength(attempts);
		}
	});
});
