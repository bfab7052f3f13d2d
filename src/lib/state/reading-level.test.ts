import { describe, expect, it } from 'vitest';
import { segmentBody } from '$lib/reading/article/segment';
import { measureBlocks } from '$lib/reading/reading-level/measure';
import { readingLevelOnDevice, readingLineOnDevice } from './reading-level';

const blocks = segmentBody('Floods closed the port. Ships waited offshore for three days.');

describe('readingLevelOnDevice', () => {
	it('uses the stored level without measuring', async () => {
		const stored = { words: 7, sentences: 7, fleschKincaidGrade: 1, colemanLiauIndex: 2 };
		expect(await readingLevelOnDevice({ readingLevel: stored }, blocks)).toBe(stored);
	});

	it('measures a module opened from a link, which carries no level', async () => {
		expect(await readingLevelOnDevice({}, blocks)).toEqual(measureBlocks(blocks));
	});
});

describe('readingLineOnDevice', () => {
	it('words the stored or measured level for the student', async () => {
		const stored = { words: 1180, sentences: 50, fleschKincaidGrade: 8.6, colemanLiauIndex: 9.4 };
		expect(await readingLineOnDevice({ readingLevel: stored }, [])).toBe(
			'about grade 9 · 6 min read · 1,180 words'
		);
		expect(await readingLineOnDevice({}, blocks)).toMatch(/ · 1 min read · 10 words$/);
	});
});
