import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';

describe('canonical JSON', () => {
	it('sorts keys at every level', () => {
		expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
	});

	it('gives the same text for the same value built in another order', () => {
		const one = { studentName: 'Ana', scores: { q2: 1, q1: 0.5 } };
		const other = { scores: { q1: 0.5, q2: 1 }, studentName: 'Ana' };

		expect(canonicalJson(one)).toBe(canonicalJson(other));
	});

	it('reads back as the value it wrote', () => {
		const value = { text: 'a "quoted" \u2028 line', n: [1.5, -0, 1e21, null, true] };

		expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
	});

	it('drops undefined entries as JSON.stringify does', () => {
		expect(canonicalJson({ a: undefined, b: [undefined] })).toBe('{"b":[null]}');
	});
});
