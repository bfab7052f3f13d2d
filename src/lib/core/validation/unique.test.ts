import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { describeIssues } from './describe-issues';
import { firstRepeat, uniqueBy } from './unique';

describe('firstRepeat', () => {
	it('finds the first entry whose key was met before', () => {
		expect(firstRepeat(['a', 'B', 'c', 'b', 'a'], (s) => s.toLowerCase())).toBe('b');
	});

	it('finds nothing in a list without repeats', () => {
		expect(firstRepeat([1, 2, 3])).toBeUndefined();
	});
});

describe('uniqueBy', () => {
	const Names = v.pipe(
		v.array(v.string()),
		uniqueBy(
			(name) => name,
			(name) => `has "${name}" twice`
		)
	);

	it('names the repeat once, without repeating it as the value got', () => {
		const parsed = v.safeParse(Names, ['Ana', 'Ben', 'Ana']);
		expect(parsed.success ? [] : describeIssues(parsed.issues)).toEqual([
			'(top level): has "Ana" twice'
		]);
	});

	it('leaves a list that failed its own schema to that schema', () => {
		const parsed = v.safeParse(Names, ['Ana', 7, 'Ana']);
		expect(parsed.success ? [] : describeIssues(parsed.issues)).toEqual([
			expect.stringMatching(/^1: /)
		]);
	});
});
