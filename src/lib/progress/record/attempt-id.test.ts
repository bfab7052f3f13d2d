import { describe, expect, it } from 'vitest';
import { attemptId } from './attempt-id';

describe('attemptId', () => {
	it('names the module, the finishing time and the random draw', () => {
		expect(attemptId('kazakhstan-2022', 1764147600000, () => 0.123456789)).toBe(
			'kazakhstan-2022-mifrxk00-4fzzzx'
		);
	});

	it('gives two attempts finished in the same millisecond different ids', () => {
		const draws = [0.25, 0.75];
		const random = () => draws.shift() ?? 0;
		expect(attemptId('m', 0, random)).not.toBe(attemptId('m', 0, random));
	});
});
