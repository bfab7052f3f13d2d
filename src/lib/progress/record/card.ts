import * as v from 'valibot';
import { State, type Card } from 'ts-fsrs';
import { IsoTimeSchema, msOf, toIso } from './time';

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const finite = v.pipe(v.number(), v.finite());

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
	state: v.picklist([State.New, State.Learning, State.Review, State.Relearning]),
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
		state: stored.state,
		...(stored.lastReview ? { last_review: new Date(msOf(stored.lastReview)) } : {})
	};
}
