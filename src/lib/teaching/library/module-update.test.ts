import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Assignment, type AssignmentSettings } from '../sharing';
import { trueFalse } from '../../quiz/question/test-factories';
import { addAssigned, pendingUpdate } from './assigned-modules';
import { moduleUpdate } from './module-update';

const module = (
	settings: Partial<AssignmentSettings> = {},
	over: Partial<Assignment> = {}
): Assignment => ({
	id: 'm-test-1',
	title: 'Floods',
	body: 'The river rose.',
	questions: [trueFalse()],
	settings: { ...DEFAULT_SETTINGS, ...settings },
	...over
});
const strict = { attemptsAllowed: 2, timeLimitMinutes: 10, feedback: 'at-end' as const };

describe('moduleUpdate', () => {
	it('never lifts the attempt limit, the time limit or end-of-quiz feedback', () => {
		const crafted = module({
			attemptsAllowed: null,
			timeLimitMinutes: null,
			feedback: 'after-each'
		});
		const { assignment, changes } = moduleUpdate(module(strict), crafted);
		expect(assignment.settings).toMatchObject(strict);
		expect(changes.join(' ')).toMatch(/stay as they were/);
	});

	it('takes a stricter limit and says so', () => {
		const { assignment, changes } = moduleUpdate(
			module(strict),
			module({ ...strict, attemptsAllowed: 1, passMark: 70 })
		);
		expect(assignment.settings.attemptsAllowed).toBe(1);
		expect(changes).toEqual([
			'The pass mark changes from 60% to 70%.',
			'Attempts allowed change from 2 to 1.'
		]);
	});

	it('takes the teacher’s new choice of which attempt counts and says so', () => {
		const { assignment, changes } = moduleUpdate(module(), module({ countedAttempt: 'latest' }));
		expect(assignment.settings.countedAttempt).toBe('latest');
		expect(changes).toEqual(['Your teacher now counts the latest attempt.']);
	});

	it('names question changes, answers included', () => {
		const edited = { ...trueFalse(), answer: !trueFalse().answer };
		const { changes } = moduleUpdate(
			module(),
			module({}, { questions: [edited], title: 'Floods 2' })
		);
		expect(changes).toEqual([
			'The title changes to “Floods 2”.',
			'1 question changes, answers included.'
		]);
	});
});

describe('pendingUpdate', () => {
	it('is nothing for a new module, the same module, or one that only asks to loosen limits', () => {
		const library = addAssigned([], module(strict), 1).library;
		expect(pendingUpdate([], module())).toBeUndefined();
		expect(pendingUpdate(library, module(strict))).toBeUndefined();
		expect(pendingUpdate(library, module({ attemptsAllowed: 99 }))).toBeUndefined();
		expect(addAssigned(library, module({ attemptsAllowed: 99 }), 2).outcome).toBe('unchanged');
	});
});
