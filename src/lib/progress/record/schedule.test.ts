import { Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { nextCard, ratingFor } from './schedule';
import { DAY, T0, at, partly, right, wrong } from './testing/factories';

describe('ratingFor', () => {
	it('rates right as Good, partly right as Hard, wrong as Again', () => {
		expect(ratingFor(right())).toBe(Rating.Good);
		expect(ratingFor(partly(0.5))).toBe(Rating.Hard);
		expect(ratingFor(wrong())).toBe(Rating.Again);
	});

	it('rates a blank or ungradable answer as Again, never as a pass', () => {
		expect(ratingFor({ kind: 'unanswered' })).toBe(Rating.Again);
		expect(ratingFor({ kind: 'invalid' })).toBe(Rating.Again);
	});
});

describe('nextCard', () => {
	it('gives no card to a question answered right the first time', () => {
		expect(nextCard(undefined, Rating.Good, T0)).toBeUndefined();
		expect(nextCard(undefined, Rating.Easy, T0)).toBeUndefined();
	});

	it('brings a wrong answer back the next day and a partly right one in two', () => {
		expect(nextCard(undefined, Rating.Again, T0)?.due).toBe(at(DAY).toISOString());
		expect(nextCard(undefined, Rating.Hard, T0)?.due).toBe(at(2 * DAY).toISOString());
	});

	it('schedules the same answers to the same dates every time', () => {
		const run = () => {
			const first = nextCard(undefined, Rating.Again, T0);
			return nextCard(first, Rating.Good, at(DAY));
		};

		expect(run()).toEqual(run());
	});

	it('pushes a card further out after a good review and keeps it', () => {
		const first = nextCard(undefined, Rating.Again, T0);
		const second = nextCard(first, Rating.Good, at(DAY));

		expect(second).toBeDefined();
		expect(Date.parse(second?.due ?? '')).toBeGreaterThan(at(2 * DAY).getTime());
		expect(second?.reps).toBe(2);
	});
});
