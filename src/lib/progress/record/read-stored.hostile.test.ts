import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readStored } from './read-stored';
import { recordAttempt } from './record-attempt';
import { emptyState } from './state';
import { T0, makeAttempt, storedJson } from './testing/factories';

const v1 = () =>
	JSON.parse(
		readFileSync(new URL('../../../../tests/fixtures/progress/v1.json', import.meta.url), 'utf8')
	);

/** Stored progress with attempts a1 and a2, as plain JSON to damage. */
function storedWithTwo() {
	let state = recordAttempt(emptyState(), makeAttempt({ id: 'a1' }), T0);
	state = recordAttempt(state, makeAttempt({ id: 'a2' }), T0);
	return storedJson(state);
}

const keptIds = (raw: string) => {
	const read = readStored(raw);
	return read.kind === 'ok' ? read.state.attempts.map((a) => a.id) : read;
};

describe('stored progress with a time no page can show', () => {
	it.each([
		['an offset without minutes, which Date.parse cannot read', '2026-01-01T10:06:00+02'],
		['a decimal comma, which Date.parse cannot read', '2026-01-01T10:06:00,5Z'],
		['a day the calendar does not have', '2026-02-31T10:06:00.000Z'],
		['a year before 1970', '0001-01-01T00:00:00.000Z'],
		['a year after 2100', '9999-01-01T00:00:00.000Z']
	])('leaves out the attempt finished at %s and keeps the rest', (_case, finishedAt) => {
		const data = storedWithTwo();
		data.attempts[0].finishedAt = finishedAt;

		const read = readStored(JSON.stringify(data));

		expect(read.kind === 'ok' && read.state.attempts.map((a) => a.id)).toEqual(['a2']);
		expect(read.kind === 'ok' && read.skipped).toEqual([
			expect.stringMatching(/^attempts\[0\]\.finishedAt: /)
		]);
	});

	it('leaves out an attempt that lists a question twice, which the results page keys by', () => {
		const data = storedWithTwo();
		const [first] = data.attempts[0].questions;
		data.attempts[0].questions = [first, first];

		expect(keptIds(JSON.stringify(data))).toEqual(['a2']);
	});

	it('leaves out a summary with an infinite skill tally', () => {
		const data = storedWithTwo();
		data.summaries = [
			{
				id: 's1',
				moduleSlug: 'kazakhstan-2022',
				kind: 'quiz',
				startedAt: '2025-01-01T09:00:00.000Z',
				finishedAt: '2025-01-01T09:05:00.000Z',
				score: 1,
				questionCount: 1,
				skills: { detail: { earned: 1, total: null } }
			}
		];
		// Only JSON text can carry 1e999 (JSON.stringify writes Infinity as null), so write it there.
		const raw = JSON.stringify(data).replace('"total":null', '"total":1e999');

		const read = readStored(raw);

		expect(read.kind === 'ok' && read.state.summaries).toEqual([]);
		expect(read.kind === 'ok' && read.skipped).toEqual([
			expect.stringMatching(/^summaries\[0\]\.skills\.detail\.total: /)
		]);
	});
});

describe('notices count entries, not faults', () => {
	it('reports an attempt with two bad fields as one entry left out', () => {
		const stored = storedWithTwo();
		stored.attempts[0].finishedAt = 'not a time';
		stored.attempts[0].moduleSlug = 42;
		const read = readStored(JSON.stringify(stored));
		expect(read.kind === 'ok' && read.skipped).toHaveLength(1);
		expect(read.kind === 'ok' && read.skipped[0]).toMatch(/^attempts\[0\]/);
	});
});

describe('v1 progress with one bad attempt', () => {
	it('keeps the good attempts and says which one it left out', () => {
		const data = v1();
		data.attempts[0].score = 7;

		const read = readStored(JSON.stringify(data));

		expect(read.kind === 'ok' && read.state.attempts.map((a) => a.id)).toEqual(['v1-a1', 'v1-b1']);
		expect(read.kind === 'ok' && read.skipped).toEqual([
			expect.stringMatching(/^v1 attempts\[0\]\.score: /)
		]);
		expect(read.kind === 'ok' && read.migratedFrom).toBe(1);
	});

	it('does not throw on a time beyond what a date can hold, and keeps the rest', () => {
		const data = v1();
		data.attempts[0].finishedAt = Number.MAX_SAFE_INTEGER;

		const read = readStored(JSON.stringify(data));

		expect(read.kind === 'ok' && read.state.attempts.map((a) => a.id)).toEqual(['v1-a1', 'v1-b1']);
		expect(read.kind === 'ok' && read.skipped).toEqual([
			expect.stringMatching(/^v1 attempts\[0\]\.finishedAt: must be a time between 1970 and 2100/)
		]);
	});

	it('rebuilds question states from the attempts it kept only', () => {
		const data = v1();
		data.attempts = data.attempts.map((attempt: { moduleId: string }) =>
			attempt.moduleId === 'chile-water' ? { ...attempt, score: 'high' } : attempt
		);

		const read = readStored(JSON.stringify(data));

		expect(read.kind === 'ok' && Object.keys(read.state.questionStates)).not.toContainEqual(
			expect.stringMatching(/^chile-water\//)
		);
	});
});
