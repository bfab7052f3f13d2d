import { describe, expect, it } from 'vitest';
import { formatClock, formatDuration } from './duration';

describe('formatDuration', () => {
	it.each([
		[0, '0 s'],
		[-5000, '0 s'],
		[45_400, '45 s'],
		[59_600, '1 min 00 s'],
		[245_000, '4 min 05 s'],
		[3_725_000, '1 h 02 min'],
		[Number.NaN, '—'],
		[Number.POSITIVE_INFINITY, '—']
	])('writes %d ms as %s', (ms, text) => {
		expect(formatDuration(ms)).toBe(text);
	});
});

describe('formatClock', () => {
	it.each([
		[725_000, '12:05'],
		[400, '0:01'],
		[0, '0:00'],
		[60_000, '1:00'],
		[59_001, '1:00']
	])('writes %d ms left as %s', (ms, text) => {
		expect(formatClock(ms)).toBe(text);
	});
});
