import { Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { recordAttempt } from './record-attempt';
import { dueForReview } from './due-for-review';
import { recordReview } from './review';
import { emptyState, type ProgressState } from './state';
import { DAY, MINUTE, T0, at, makeAttempt, partly, right, wrong } from './testing/factories';

/** q-wrong due after 1 day, q-partly after 2 days, in two modules. */
function stateWithMistakes(): ProgressState {
	let state = recordAttempt(
		emptyState(),
		makeAttempt({
			id: 'a1',
			moduleSlug: 'chile-water',
			grades: { river: partly(0.5), dam: right() }
		}),
		T0
	);
	state = recordAttempt(
		state,
		makeAttempt({ id: 'a2', moduleSlug: 'kazakhstan-2022', grades: { capital: wrong() } }),
		at(10 * MINUTE)
	);
	return state;
}

describe('dueForReview', () => {
	it('lists nothing before the first card is due', () => {
		expect(dueForReview(stateWithMistakes(), at(12 * 60 * MINUTE))).toEqual([]);
	});

	it('mixes modules, earliest due first', () => {
		expect(dueForReview(stateWithMistakes(), at(3 * DAY))).toEqual([
			'kazakhstan-2022/capital',
			'chile-water/river'
		]);
	});

	it('keeps to one module when given its slug', () => {
		expect(dueForReview(stateWithMistakes(), at(3 * DAY), 'chile-water')).toEqual([
			'chile-water/river'
		]);
	});

	it('never lists a question answered right the first time', () => {
		expect(dueForReview(stateWithMistakes(), at(365 * DAY))).not.toContain('chile-water/dam');
	});
});

describe('recordReview', () => {
	it('takes a question answered right in review off the due list for days', () => {
		const reviewed = recordReview(stateWithMistakes(), 'kazakhstan-2022/capital', right(), at(DAY));

		expect(dueForReview(reviewed, at(2 * DAY))).not.toContain('kazakhstan-2022/capital');
		expect(reviewed.questionStates['kazakhstan-2022/capital']).toMatchObject({
			seen: 2,
			correct: 1
		});
	});

	it('schedules further out when the student rates the answer Easy', () => {
		const good = recordReview(stateWithMistakes(), 'kazakhstan-2022/capital', right(), at(DAY));
		const easy = recordReview(
			stateWithMistakes(),
			'kazakhstan-2022/capital',
			right(),
			at(DAY),
			Rating.Easy
		);

		const dueOf = (s: ProgressState) =>
			Date.parse(s.questionStates['kazakhstan-2022/capital']?.card?.due ?? '');
		expect(dueOf(easy)).toBeGreaterThan(dueOf(good));
	});

	it('brings a question missed again back the next day and counts the lapse', () => {
		const first = recordReview(stateWithMistakes(), 'kazakhstan-2022/capital', right(), at(DAY));
		const dueAt = Date.parse(first.questionStates['kazakhstan-2022/capital']?.card?.due ?? '');

		const missed = recordReview(first, 'kazakhstan-2022/capital', wrong(), new Date(dueAt));

		const card = missed.questionStates['kazakhstan-2022/capital']?.card;
		expect(card?.lapses).toBe(1);
		expect(card?.due).toBe(new Date(dueAt + DAY).toISOString());
	});
});
