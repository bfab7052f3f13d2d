import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readStored } from '../read-stored';
import { dueForReview } from '../due-for-review';
import { PROGRESS_VERSION } from '../state';

const v1Text = readFileSync(
	new URL('../../../../../tests/fixtures/progress/v1.json', import.meta.url),
	'utf8'
);

function migrated() {
	const read = readStored(v1Text);
	if (read.kind !== 'ok') throw new Error(`v1 fixture did not load: ${JSON.stringify(read)}`);
	return read;
}

describe('migration v1 → v2', () => {
	it('loads the v1 fixture as the current version, saying it migrated from 1, skipping nothing', () => {
		const read = migrated();

		expect(read.migratedFrom).toBe(1);
		expect(read.skipped).toEqual([]);
		expect(read.state.version).toBe(PROGRESS_VERSION);
	});

	it('renames moduleId to moduleSlug, makes times ISO text and marks attempts as quizzes', () => {
		const [first] = migrated().state.attempts;

		expect(first).toMatchObject({
			id: 'v1-a1',
			moduleSlug: 'kazakhstan-2022',
			kind: 'quiz',
			startedAt: '2025-03-01T08:52:00.000Z',
			finishedAt: '2025-03-01T09:00:00.000Z'
		});
	});

	it('orders attempts oldest first', () => {
		expect(migrated().state.attempts.map((a) => a.id)).toEqual(['v1-a1', 'v1-b1', 'v1-a2']);
	});

	it('rebuilds question states, with the latest answer as the last grade', () => {
		const states = migrated().state.questionStates;

		expect(states['kazakhstan-2022/capital']).toMatchObject({ seen: 2, correct: 1 });
		expect(states['kazakhstan-2022/capital']?.lastGrade).toMatchObject({
			kind: 'scored',
			correct: true
		});
		expect(states['chile-water/river']?.lastGrade).toEqual({ kind: 'unanswered' });
	});

	it('puts questions whose latest v1 answer was not right into review at once', () => {
		const due = dueForReview(migrated().state, new Date('2025-03-03T00:00:00.000Z'));

		expect(due).toEqual(['kazakhstan-2022/fuel-price', 'chile-water/river']);
	});

	it('calls a v1 value of the wrong shape unreadable, naming the version', () => {
		const read = readStored(JSON.stringify({ version: 1, attempts: 'many' }));

		expect(read).toMatchObject({
			kind: 'unreadable',
			errors: [expect.stringMatching(/^v1 attempts: /)]
		});
	});

	it('leaves out a v1 attempt of the wrong shape, naming the version, and keeps the rest', () => {
		const read = readStored(JSON.stringify({ version: 1, attempts: [{ id: 'x' }] }));

		expect(read).toMatchObject({
			kind: 'ok',
			state: { attempts: [] },
			skipped: expect.arrayContaining([expect.stringMatching(/^v1 attempts\[0\]\.moduleId/)])
		});
	});
});
