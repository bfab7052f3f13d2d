import { describe, expect, it } from 'vitest';
import { addQuestion, moveQuestion, removeQuestion, replaceQuestion } from './edit-list';

const q = (id: string, prompt = `${id}?`) => ({ id, prompt });
const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);

describe('moveQuestion', () => {
	it('moves a question one place up', () => {
		expect(ids(moveQuestion([q('a'), q('b'), q('c')], 2, -1))).toEqual(['a', 'c', 'b']);
	});

	it('moves a question one place down', () => {
		expect(ids(moveQuestion([q('a'), q('b'), q('c')], 0, 1))).toEqual(['b', 'a', 'c']);
	});

	it('leaves the order alone when the move would go past either end', () => {
		const list = [q('a'), q('b')];
		expect(ids(moveQuestion(list, 0, -1))).toEqual(['a', 'b']);
		expect(ids(moveQuestion(list, 1, 1))).toEqual(['a', 'b']);
		expect(ids(moveQuestion(list, 5, -1))).toEqual(['a', 'b']);
	});

	it('returns a new array and leaves the original unchanged', () => {
		const list = [q('a'), q('b')];
		const moved = moveQuestion(list, 0, 1);
		expect(moved).not.toBe(list);
		expect(ids(list)).toEqual(['a', 'b']);
	});
});

describe('removeQuestion', () => {
	it('drops the question with the given id and keeps the rest in order', () => {
		expect(ids(removeQuestion([q('a'), q('b'), q('c')], 'b'))).toEqual(['a', 'c']);
	});

	it('returns an unchanged copy for an unknown id', () => {
		const list = [q('a')];
		const result = removeQuestion(list, 'zzz');
		expect(result).toEqual(list);
		expect(result).not.toBe(list);
	});
});

describe('replaceQuestion', () => {
	it('puts the edited question in the place of the one with its id', () => {
		const result = replaceQuestion([q('a'), q('b'), q('c')], q('b', 'Edited?'));
		expect(result.map((x) => x.prompt)).toEqual(['a?', 'Edited?', 'c?']);
	});

	it('changes nothing when no question has that id', () => {
		const list = [q('a')];
		expect(replaceQuestion(list, q('x', 'New?'))).toEqual(list);
	});
});

describe('addQuestion', () => {
	it('appends the question at the end without changing the original list', () => {
		const list = [q('a')];
		expect(ids(addQuestion(list, q('b')))).toEqual(['a', 'b']);
		expect(ids(list)).toEqual(['a']);
	});
});
