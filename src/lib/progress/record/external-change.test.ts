import { describe, expect, it } from 'vitest';
import { applyExternalChange } from './external-change';
import { recordAttempt } from './record-attempt';
import { emptyState } from './state';
import { DAY, T0, at, makeAttempt, storedText } from './testing/factories';

describe('applyExternalChange', () => {
	const mine = () => recordAttempt(emptyState(), makeAttempt({ id: 'mine' }), T0);

	it("adds the other tab's attempt and keeps this tab's", () => {
		const theirs = recordAttempt(
			emptyState(),
			makeAttempt({ id: 'theirs', finishedAt: at(DAY) }),
			at(DAY)
		);

		const merged = applyExternalChange(mine(), storedText(theirs));

		expect(merged.attempts.map((a) => a.id)).toEqual(['mine', 'theirs']);
	});

	it('keeps this tab’s state when the key was removed, damaged or written by a newer version', () => {
		for (const raw of [null, '{oops', JSON.stringify({ version: 99 })]) {
			expect(applyExternalChange(mine(), raw)).toEqual(mine());
		}
	});
});
