import { describe, expect, it } from 'vitest';
import { estimatedGrade, gradeWords, levelWords, readingMinutes, readingSummary } from './describe';
import type { ReadingLevel } from './schema';

const level = (over: Partial<ReadingLevel> = {}): ReadingLevel => ({
	words: 1180,
	sentences: 52,
	fleschKincaidGrade: 8.6,
	colemanLiauIndex: 9.4,
	...over
});

describe('readingMinutes', () => {
	it('rounds to whole minutes at 200 words a minute, at least one', () => {
		expect(readingMinutes(1180)).toBe(6);
		expect(readingMinutes(299)).toBe(1);
		expect(readingMinutes(300)).toBe(2);
		expect(readingMinutes(1)).toBe(1);
	});

	it('gives no minutes for no words', () => {
		expect(readingMinutes(0)).toBe(0);
	});
});

describe('estimatedGrade', () => {
	it('rounds the mean of the two formulas', () => {
		expect(estimatedGrade(level())).toBe(9);
		expect(estimatedGrade(level({ fleschKincaidGrade: 6.1, colemanLiauIndex: 6.8 }))).toBe(6);
	});

	it('keeps very easy text at grade 1 and very hard text at college', () => {
		expect(estimatedGrade(level({ fleschKincaidGrade: -3.4, colemanLiauIndex: -1 }))).toBe(1);
		expect(estimatedGrade(level({ fleschKincaidGrade: 25, colemanLiauIndex: 19 }))).toBe(13);
	});
});

describe('gradeWords', () => {
	it('says the grade, or what lies beyond the ends of school', () => {
		expect(gradeWords(9)).toBe('about grade 9');
		expect(gradeWords(1)).toBe('grade 1 or below');
		expect(gradeWords(13)).toBe('college level');
	});
});

describe('levelWords', () => {
	it('keeps the author’s words beside the estimate', () => {
		expect(levelWords(level(), 'lower secondary')).toBe('about grade 9 (lower secondary)');
		expect(levelWords(level())).toBe('about grade 9');
	});

	it('falls back to the author’s words when there is nothing to measure', () => {
		const empty = level({ words: 0, fleschKincaidGrade: null, colemanLiauIndex: null });
		expect(levelWords(empty, 'year 7')).toBe('year 7');
		expect(levelWords(empty)).toBeUndefined();
	});
});

describe('readingSummary', () => {
	it('gives level, reading time and length in one line', () => {
		expect(readingSummary(level())).toBe('about grade 9 · 6 min read · 1,180 words');
	});

	it('says "word" for one word and writes a long length with separators', () => {
		expect(readingSummary(level({ words: 1 }))).toContain('· 1 word');
		expect(readingSummary(level({ words: 12_345 }))).toContain('· 12,345 words');
	});
});
