import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { segmentBody } from '../article/segment';
import { AssignmentSchema, DEFAULT_SETTINGS } from '../../teaching/sharing';
import { trueFalse } from '../../quiz/question/test-factories';
import { measureBlocks } from './measure';
import type { ReadingLevel } from './schema';
import { readingLevelOf } from './stored-or-measured';

const body = 'Floods closed the river port on Monday. Ships waited offshore for three days.';
const blocks = segmentBody(body);
const stored: ReadingLevel = {
	words: 99,
	sentences: 9,
	fleschKincaidGrade: 4.2,
	colemanLiauIndex: 5.1
};
const assignment = (over: Record<string, unknown> = {}) => ({
	id: 'm-reading-level',
	title: 'Floods',
	body,
	questions: [trueFalse()],
	settings: DEFAULT_SETTINGS,
	...over
});

describe('readingLevelOf', () => {
	it('uses the level stored with the module', () => {
		expect(readingLevelOf({ readingLevel: stored }, blocks)).toBe(stored);
	});

	it('measures the article when the module has none stored', () => {
		expect(readingLevelOf({}, blocks)).toEqual(measureBlocks(blocks));
		expect(readingLevelOf({}, blocks).words).toBe(13);
	});
});

describe('a stored module’s reading level', () => {
	it('is optional: a module stored before Lectern kept it still reads', () => {
		const parsed = v.safeParse(AssignmentSchema, assignment());
		expect(parsed.success).toBe(true);
		expect(parsed.output).not.toHaveProperty('readingLevel');
	});

	it('is kept when present', () => {
		const parsed = v.parse(AssignmentSchema, assignment({ readingLevel: stored }));
		expect(parsed.readingLevel).toEqual(stored);
	});

	it('rejects a level that is not one', () => {
		for (const readingLevel of [
			{ ...stored, words: -1 },
			{ ...stored, sentences: 1.5 },
			{ ...stored, fleschKincaidGrade: 'nine' },
			{ ...stored, colemanLiauIndex: Infinity },
			{ words: 5 },
			'about grade 9'
		]) {
			expect(v.safeParse(AssignmentSchema, assignment({ readingLevel })).success).toBe(false);
		}
	});
});
