import { describe, expect, it } from 'vitest';
import { matchTextAnswer, typoAllowance } from './match-text-answer';
import { normalizeAnswer } from './normalize-answer';

const match = (text: string, accepted: string[], rejected: string[] = []) =>
	matchTextAnswer(normalizeAnswer(text), accepted, rejected);

describe('typoAllowance', () => {
	it.each([
		['lpg', 0],
		['abc', 0],
		['iran', 1],
		['russia', 1],
		['abcdefg', 1],
		['abcdefgh', 2],
		['new delhi', 2],
		['al qaeda', 1]
	])('allows "%s" %i typos', (form, expected) => {
		expect(typoAllowance(form)).toBe(expected);
	});
});

describe('matchTextAnswer', () => {
	it('matches an accepted answer exactly', () => {
		expect(match('russia', ['Russia'])).toEqual({ kind: 'exact', accepted: 'Russia' });
	});

	it('matches an alias listed among the accepted answers', () => {
		expect(match('lpg', ['liquefied petroleum gas', 'LPG'])).toEqual({
			kind: 'exact',
			accepted: 'LPG'
		});
	});

	it('reads a small typo as the nearest accepted answer', () => {
		expect(match('Rusia', ['Russia'], ['China'])).toEqual({
			kind: 'typo',
			accepted: 'Russia',
			distance: 1
		});
	});

	it('rejects a typo that is as close to a rejected answer as to an accepted one', () => {
		expect(match('iraq', ['Iran'], ['Iraq'])).toMatchObject({ kind: 'rejected', exact: true });
		expect(match('irak', ['Iran'], ['Iraq'])).toMatchObject({ kind: 'rejected', exact: false });
	});

	it('prefers an exact accepted answer even when the same text is also rejected', () => {
		expect(match('russia', ['Russia'], ['Russia'])).toMatchObject({ kind: 'exact' });
	});

	it('never takes a different number for a typo', () => {
		expect(match('2600 soldiers', ['2500 soldiers'])).toEqual({ kind: 'none' });
	});

	it('ignores accepted or rejected answers that normalize to nothing', () => {
		expect(match('russia', ['!!', 'Russia'], ['?'])).toMatchObject({ kind: 'exact' });
	});
});
