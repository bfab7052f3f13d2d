import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Assignment } from '../sharing';
import { trueFalse } from '../../quiz/question/test-factories';
import { addAssigned } from './assigned-modules';

const module = (over: Partial<Assignment> = {}): Assignment => ({
	id: 'm-reading-level',
	title: 'Floods',
	body: 'The river rose.',
	questions: [trueFalse()],
	settings: DEFAULT_SETTINGS,
	...over
});
const level = { words: 3, sentences: 1, fleschKincaidGrade: 0.8, colemanLiauIndex: 1.1 };

describe('an assigned module’s reading level', () => {
	it('is not a change: a file carries it and a link does not', () => {
		const fromFile = addAssigned([], module({ readingLevel: level }), 1000).library;
		const fromLink = addAssigned(fromFile, module(), 2000);
		expect(fromLink.outcome).toBe('unchanged');
		expect(fromLink.library[0]?.assignment.readingLevel).toEqual(level);
	});

	it('does not hide a real change', () => {
		const fromFile = addAssigned([], module({ readingLevel: level }), 1000).library;
		expect(addAssigned(fromFile, module({ title: 'Floods (fixed)' }), 2000).outcome).toBe(
			'updated'
		);
	});
});
