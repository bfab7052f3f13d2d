import { describe, expect, it } from 'vitest';
import { previewImport } from './preview-import';
import { recordAttempt } from './record-attempt';
import { emptyState } from './state';
import { DAY, T0, at, makeAttempt, right, wrong } from './testing/factories';

const mine = () =>
	recordAttempt(emptyState(), makeAttempt({ id: 'a1', grades: { q1: wrong() } }), T0);

describe('previewImport', () => {
	it('counts new attempts and the modules they touch', () => {
		let theirs = recordAttempt(
			mine(),
			makeAttempt({ id: 'b1', moduleSlug: 'chile-water', finishedAt: at(DAY) }),
			at(DAY)
		);
		theirs = recordAttempt(
			theirs,
			makeAttempt({ id: 'b2', moduleSlug: 'chile-water', finishedAt: at(DAY) }),
			at(DAY)
		);

		const preview = previewImport(mine(), theirs);

		expect(preview).toMatchObject({
			newAttempts: 2,
			modules: ['chile-water'],
			updatedQuestions: 2,
			conflicts: []
		});
		expect(preview.unchanged).toBe(false);
	});

	it('says nothing would change when importing what is already there', () => {
		expect(previewImport(mine(), mine())).toEqual({
			newAttempts: 0,
			modules: [],
			updatedQuestions: 0,
			conflicts: [],
			unchanged: true
		});
	});

	it('lists an attempt with the same id but different contents as a conflict', () => {
		const theirs = recordAttempt(
			emptyState(),
			makeAttempt({ id: 'a1', grades: { q1: right() } }),
			T0
		);

		expect(previewImport(mine(), theirs).conflicts).toEqual([
			{ id: 'a1', moduleSlug: 'kazakhstan-2022' }
		]);
	});
});
