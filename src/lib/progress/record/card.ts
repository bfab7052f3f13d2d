import * as v from 'valibot';
import type { Card, State } from 'ts-fsrs';
import { IsoTimeSchema, msOf, toIso } from './time';

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const finite = v.pipe(v.number(), v.finite());

/**
 * ts-fsrs's `State` values (New, Learning, Review, Relearning) as stored. Written out rather than
 * imported, so that reading progress does not load the scheduler: pages that only show progress
 * never need it. `card.test.ts` holds them to the library's.
 */
export const STORED_CARD_STATES = [0, 1, 2, 3] as const;

/**
 * A ts-fsrs `Card` as stored: camelCase like the rest of stored JSON, dates as ISO text.
 * `elapsedDays` is deprecated in ts-fsrs 5 but still part of its `Card`, so it is kept to round-trip.
 */
export const StoredCardSchema = v.object({
	due: IsoTimeSchema,
	stability: finite,
	difficulty: finite,
	elapsedDays: finite,
	scheduledDays: finite,
	learningSteps: count,
	reps: count,
	lapses: count,
	state: v.picklist(STORED_CARD_STATES),
	lastReview: v.optional(IsoTimeSchema)
});

export type StoredCard = v.InferOutput<typeof StoredCardSchema>;

export function toStoredCard(card: Card): StoredCard {
	return {
		due: toIso(card.due),
		stability: card.stability,
		difficulty: card.difficulty,
		elapsedDays: card.elapsed_days,
		scheduledDays: card.scheduled_days,
		learningSteps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		state: card.state,
		...(card.last_review ? { lastReview: toIso(card.last_review) } : {})
	};
}

export function fromStoredCard(stored: StoredCard): Card {
	return {
		due: new Date(msOf(stored.due)),
		stability: stored.stability,
		difficulty: stored.difficulty,
		elapsed_days: stored.elapsedDays,
		scheduled_days: stored.scheduledDays,
		learning_steps: stored.learningSteps,
		reps: stored.reps,
		lapses: stored.lapses,
		state: stored.state as State,
		...(stored.lastReview ? { last_review: new Date(msOf(stored.lastReview)) } : {})
	};
}
