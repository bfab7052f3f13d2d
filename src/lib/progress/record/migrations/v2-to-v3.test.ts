import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readStored } from '../read-stored';
import { PROGRESS_VERSION } from '../state';
import { encodeProgress } from '../stored-progress';

const v2Text = readFileSync(
	new URL('../../../../../tests/fixtures/stored/progress-v2.json', import.meta.url),
	'utf8'
);
const v2 = () => JSON.parse(v2Text);

describe('migration v2 → v3', () => {
	it('loads the v2 fixture as the current version, saying it migrated from 2, skipping nothing', () => {
		const read = readStored(v2Text);

		expect(read).toMatchObject({ kind: 'ok', migratedFrom: 2, skipped: [] });
		expect(read.kind === 'ok' && read.state.version).toBe(PROGRESS_VERSION);
	});

	it('keeps every answer and score but no feedback text', () => {
		const read = readStored(v2Text);
		if (read.kind !== 'ok') throw new Error('the v2 fixture did not load');
		const [attempt] = read.state.attempts;

		expect(attempt?.questionIds).toEqual(['q1', 'q2']);
		expect(attempt?.responses.q1).toEqual({ type: 'short-answer', text: 'Russia' });
		expect(attempt?.grades).toEqual({
			q1: { kind: 'scored', score: 1, correct: true },
			q2: { kind: 'scored', score: 1, correct: true }
		});
		expect(JSON.stringify(encodeProgress(read.state))).not.toContain('feedback');
		expect(Object.values(read.state.questionStates)[0]?.lastGrade).toEqual({
			kind: 'scored',
			score: 1,
			correct: true
		});
	});

	it('stores in under half the room', () => {
		const read = readStored(v2Text);
		if (read.kind !== 'ok') throw new Error('the v2 fixture did not load');

		expect(JSON.stringify(encodeProgress(read.state)).length).toBeLessThan(
			JSON.stringify(v2()).length / 2
		);
	});

	it('leaves out a damaged v2 attempt, naming the version, and keeps the question states', () => {
		const data = v2();
		data.attempts[0].grades.q1.score = 'full';

		const read = readStored(JSON.stringify(data));

		expect(read.kind === 'ok' && read.state.attempts).toEqual([]);
		expect(read.kind === 'ok' && read.skipped).toEqual([
			expect.stringMatching(/^v2 attempts\[0\]\.grades\.q1/)
		]);
		expect(read.kind === 'ok' && Object.keys(read.state.questionStates)).toHaveLength(
			Object.keys(data.questionStates).length
		);
	});

	it('leaves out a v2 attempt with a question that has no skill', () => {
		const data = v2();
		delete data.attempts[0].skills.q2;

		const read = readStored(JSON.stringify(data));

		expect(read.kind === 'ok' && read.skipped).toEqual([
			'v2 attempts[0]: every question needs a skill'
		]);
	});

	it('calls a v2 value of the wrong shape unreadable, naming the version', () => {
		const read = readStored(JSON.stringify({ version: 2, attempts: 'many' }));

		expect(read).toMatchObject({
			kind: 'unreadable',
			errors: expect.arrayContaining([expect.stringMatching(/^v2 attempts: /)])
		});
	});
});
