import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactOldest } from './compact';
import { recordReview } from './review';
import { readStored } from './read-stored';
import { recordAttempt } from './record-attempt';
import { emptyState } from './state';
import {
	DAY,
	T0,
	at,
	makeAttempt,
	partly,
	right,
	storedJson,
	storedText,
	wrong
} from './testing/factories';

const stored = () =>
	recordAttempt(emptyState(), makeAttempt({ id: 'a1', grades: { q1: wrong() } }), T0);

describe('readStored', () => {
	it('reads back exactly what was stored, card dates included', () => {
		const state = stored();

		expect(readStored(storedText(state))).toEqual({ kind: 'ok', state, skipped: [] });
	});

	it('reads back any state built by recording, reviewing and compacting', () => {
		const grade = fc.constantFrom(right(), wrong(), partly(0.25), { kind: 'unanswered' as const });
		const day = fc.record({
			grades: fc.array(grade, { minLength: 1, maxLength: 4 }),
			review: fc.boolean()
		});
		fc.assert(
			fc.property(fc.array(day, { maxLength: 8 }), fc.nat(8), (days, compact) => {
				let state = emptyState();
				days.forEach(({ grades, review }, n) => {
					const entries = grades.map((g, i) => [`q${i}`, g] as const);
					const attempt = makeAttempt({
						id: `a${n}`,
						finishedAt: at(n * DAY),
						grades: Object.fromEntries(entries)
					});
					state = recordAttempt(state, attempt, at(n * DAY));
					if (review)
						state = recordReview(state, 'kazakhstan-2022/q0', right(), at(n * DAY + 1000));
				});
				state = compactOldest(state, compact).state;

				expect(readStored(storedText(state))).toEqual({ kind: 'ok', state, skipped: [] });
			})
		);
	});

	it('reports nothing stored as empty, not as damage', () => {
		expect(readStored(null)).toEqual({ kind: 'empty' });
	});

	it('calls text that is not JSON unreadable', () => {
		const read = readStored('{"version":3,"attem');

		expect(read.kind).toBe('unreadable');
	});

	it('calls JSON of the wrong shape unreadable and says where', () => {
		const read = readStored(JSON.stringify({ version: 3, attempts: 'many' }));

		expect(read).toMatchObject({
			kind: 'unreadable',
			errors: expect.arrayContaining([expect.stringContaining('attempts')])
		});
	});

	it('recognises data from a newer version instead of calling it corrupt', () => {
		expect(readStored(JSON.stringify({ version: 9, whatever: true }))).toEqual({
			kind: 'future',
			version: 9
		});
	});

	it('leaves out one damaged attempt, keeps the rest and says what it skipped', () => {
		const state = recordAttempt(stored(), makeAttempt({ id: 'a2' }), T0);
		const data = storedJson(state);
		data.attempts[0].score = 7;

		const read = readStored(JSON.stringify(data));

		expect(read.kind === 'ok' && read.state.attempts.map((a) => a.id)).toEqual(['a2']);
		expect(read.kind === 'ok' && read.skipped).toEqual([
			expect.stringMatching(/^attempts\[0\]\.score/)
		]);
	});

	it('leaves out a question state under a key without a module', () => {
		const data = storedJson(stored());
		data.questionStates.orphan = data.questionStates['kazakhstan-2022/q1'];

		const read = readStored(JSON.stringify(data));

		expect(read.kind === 'ok' && Object.keys(read.state.questionStates)).toEqual([
			'kazakhstan-2022/q1'
		]);
	});
});
