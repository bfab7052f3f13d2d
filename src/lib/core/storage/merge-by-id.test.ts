import { describe, expect, it } from 'vitest';
import { mergeById } from './merge-by-id';

type Entry = { id: string; n: number };
const e = (id: string, n = 1): Entry => ({ id, n });
const idOf = (entry: Entry) => entry.id;

describe('mergeById', () => {
	it('writes what this tab changed and keeps what only the other tab changed', () => {
		const base = [e('a'), e('b')];
		const mine = [e('a'), e('b', 2)];
		const theirs = [e('a', 3), e('b')];
		expect(mergeById(base, mine, theirs, idOf)).toEqual([e('a', 3), e('b', 2)]);
	});

	it('keeps entries another tab added, first', () => {
		expect(mergeById([e('a')], [e('b'), e('a')], [e('c'), e('a')], idOf)).toEqual([
			e('c'),
			e('b'),
			e('a')
		]);
	});

	it('leaves removed what either tab removed, unless this tab changed it', () => {
		const base = [e('a'), e('b'), e('c')];
		expect(mergeById(base, [e('a'), e('b')], [e('a'), e('c')], idOf)).toEqual([e('a')]);
		expect(mergeById(base, [e('a'), e('b', 9), e('c')], [e('a'), e('c')], idOf)).toEqual([
			e('a'),
			e('b', 9),
			e('c')
		]);
	});

	it('is the plain list when nothing else changed', () => {
		expect(mergeById([e('a')], [e('a', 2), e('d')], [e('a')], idOf)).toEqual([e('a', 2), e('d')]);
	});
});
