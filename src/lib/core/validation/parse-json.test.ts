import { describe, expect, it } from 'vitest';
import { parseOutsideJson } from './parse-json';

describe('parseOutsideJson', () => {
	it('reads -0 as 0 at any depth', () => {
		const value = parseOutsideJson('{"a":-0,"b":[-0.0,{"c":-0e5}],"d":-1}') as {
			a: number;
			b: [number, { c: number }];
			d: number;
		};
		expect(Object.is(value.a, 0)).toBe(true);
		expect(Object.is(value.b[0], 0)).toBe(true);
		expect(Object.is(value.b[1].c, 0)).toBe(true);
		expect(value.d).toBe(-1);
	});

	it('throws on text that is not JSON, as JSON.parse does', () => {
		expect(() => parseOutsideJson('{"a":')).toThrow(SyntaxError);
	});
});

describe('parseOutsideJson on deep input', () => {
	it('parses JSON nested 100,000 deep without overflowing the stack', () => {
		const deep = '['.repeat(100_000) + '-0' + ']'.repeat(100_000);

		let innermost = parseOutsideJson(deep);
		for (let depth = 0; depth < 100_000; depth += 1) innermost = (innermost as unknown[])[0];
		expect(Object.is(innermost, 0)).toBe(true);
	});

	it('reads a bare -0 as 0', () => {
		expect(Object.is(parseOutsideJson('-0'), 0)).toBe(true);
	});
});
