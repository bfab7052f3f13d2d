import * as v from 'valibot';
import { createEmptyCard, fsrs, Rating, State } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { fromStoredCard, STORED_CARD_STATES, StoredCardSchema, toStoredCard } from './card';
import { DAY, T0, at } from './testing/factories';

describe('stored cards', () => {
	it("store ts-fsrs's card states as the library numbers them", () => {
		expect(STORED_CARD_STATES).toEqual([State.New, State.Learning, State.Review, State.Relearning]);
	});

	it('round-trips a reviewed card through JSON with its dates intact', () => {
		const card = fsrs({ enable_fuzz: false }).next(createEmptyCard(T0), T0, Rating.Hard).card;

		const text = JSON.stringify(toStoredCard(card));
		const parsed = v.parse(StoredCardSchema, JSON.parse(text));

		expect(fromStoredCard(parsed)).toEqual(card);
		expect(parsed.lastReview).toBe(T0.toISOString());
	});

	it('leaves lastReview out for a card never reviewed', () => {
		const stored = toStoredCard(createEmptyCard(at(DAY)));

		expect('lastReview' in stored).toBe(false);
		expect(fromStoredCard(stored).last_review).toBeUndefined();
	});

	it('rejects a card whose due date is not an ISO time', () => {
		const stored = { ...toStoredCard(createEmptyCard(T0)), due: 1740819600000 };

		expect(v.is(StoredCardSchema, stored)).toBe(false);
	});
});
