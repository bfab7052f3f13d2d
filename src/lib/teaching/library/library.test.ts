import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { DEFAULT_SETTINGS, type Assignment } from '../sharing';
import { trueFalse } from '../../quiz/question/test-factories';
import { segmentBody } from '../../reading/article';
import { measureBlocks } from '../../reading/reading-level/measure';
import {
	addAssigned,
	attemptsLeft,
	readAssignedModules,
	recordSubmission,
	withMadeOnDevice
} from './assigned-modules';
import { readStoredList, writeStoredList } from '../../core/storage/versioned-list';
import { newModuleId, readTeacherModules, removeModule, saveModule } from './teacher-modules';

const module = (over: Partial<Assignment> = {}): Assignment => ({
	id: 'm-test-1',
	title: 'Floods',
	body: 'The river rose.',
	questions: [trueFalse()],
	settings: { ...DEFAULT_SETTINGS },
	...over
});

describe('readStoredList', () => {
	it('keeps good entries and counts the damaged ones', () => {
		const read = readStoredList('[{"a":1},7,{"a":"x"}]', v.object({ a: v.number() }));
		expect(read).toEqual({ items: [{ a: 1 }], skipped: 2, unreadable: false });
	});

	it('reads every stored version: a bare array (0) and { version: 1, items }', () => {
		const schema = v.object({ a: v.number() });
		expect(readStoredList('[{"a":1}]', schema).items).toEqual([{ a: 1 }]);
		expect(readStoredList('{"version":1,"items":[{"a":1}]}', schema).items).toEqual([{ a: 1 }]);
		expect(readStoredList(writeStoredList([{ a: 2 }]), schema).items).toEqual([{ a: 2 }]);
	});

	it('treats a list from a newer Lectern as unreadable, so it is kept aside, not overwritten', () => {
		expect(readStoredList('{"version":2,"items":[]}', v.number()).unreadable).toBe(true);
	});

	it('migrates entries of an older version before checking them', () => {
		const read = readStoredList('[{"b":1}]', v.object({ a: v.number() }), {
			0: (entry) => ({ a: (entry as { b: number }).b })
		});
		expect(read.items).toEqual([{ a: 1 }]);
	});

	it('reports text that is not a JSON list as unreadable, and nothing stored as empty', () => {
		expect(readStoredList('{oops', v.number()).unreadable).toBe(true);
		expect(readStoredList('{"a":1}', v.number()).unreadable).toBe(true);
		expect(readStoredList(null, v.number())).toEqual({ items: [], skipped: 0, unreadable: false });
	});
});

describe('teacher modules', () => {
	it('saves a module first and replaces an older copy with the same id', () => {
		const older = module({ title: 'Old' });
		const other = module({ id: 'm-other-2' });
		const saved = saveModule([other, older], module({ title: 'New' }));
		expect(saved.map((m) => m.title)).toEqual(['New', 'Floods']);
		expect(removeModule(saved, 'm-test-1').map((m) => m.id)).toEqual(['m-other-2']);
	});

	it('reads back what it stores, leaving out a damaged module', () => {
		const text = JSON.stringify([module(), { id: 'broken' }]);
		expect(readTeacherModules(text)).toMatchObject({ skipped: 1, items: [{ id: 'm-test-1' }] });
	});

	it('makes ids the schema accepts, different for different random numbers', () => {
		const now = Date.parse('2026-11-25T10:00:00Z');
		const a = newModuleId(0.1, now);
		const b = newModuleId(0.2, now);
		expect(a).not.toBe(b);
		expect(readTeacherModules(JSON.stringify([module({ id: a })])).items).toHaveLength(1);
	});
});

describe('assigned modules', () => {
	it('adds a module once, keeps submissions when it is opened again, and takes a newer version', () => {
		const { library, outcome } = addAssigned([], module(), 1000);
		expect(outcome).toBe('added');
		const submitted = recordSubmission(library, 'm-test-1', {
			attempt: 1,
			finishedAt: 2000,
			percent: 50,
			receiptCode: 'R1.x.y'
		});
		expect(addAssigned(submitted, module(), 3000).outcome).toBe('unchanged');
		const updated = addAssigned(submitted, module({ title: 'Floods (fixed)' }), 3000);
		expect(updated.outcome).toBe('updated');
		expect(updated.library[0]?.assignment.title).toBe('Floods (fixed)');
		expect(updated.library[0]?.submissions).toHaveLength(1);
		expect(readAssignedModules(JSON.stringify(updated.library)).items).toHaveLength(1);
	});

	it('keeps the article split a link carried, and replaces it with an update’s', () => {
		const carried = [['The river rose.']];
		const added = addAssigned([], module(), 1000, carried).library;
		expect(readAssignedModules(JSON.stringify(added)).items[0]?.article).toEqual(carried);

		const changed = module({ body: 'The river fell.' });
		const updated = addAssigned(added, changed, 2000).library;
		expect(updated[0]?.assignment.body).toBe('The river fell.');
		expect(updated[0]?.article).toBeUndefined();
	});

	it('saves a split made on the device with the module it was made for, and only there', () => {
		const older = addAssigned([], module(), 1000).library;
		const other = addAssigned(older, module({ id: 'm-test-2' }), 1000).library;
		const split = [['The river rose.']];

		const saved = withMadeOnDevice(other, module(), { article: split });

		expect(saved.find((entry) => entry.assignment.id === 'm-test-1')?.article).toEqual(split);
		expect(saved.find((entry) => entry.assignment.id === 'm-test-2')?.article).toBeUndefined();
		expect(readAssignedModules(JSON.stringify(saved)).items).toEqual(saved);
	});

	it('saves a reading level measured on the device, which reads back and is no update', () => {
		const library = addAssigned([], module(), 1000).library;
		const level = measureBlocks(segmentBody(module().body));

		const saved = withMadeOnDevice(library, module(), { readingLevel: level });

		expect(saved[0]?.assignment.readingLevel).toEqual(level);
		expect(readAssignedModules(JSON.stringify(saved)).items).toEqual(saved);
		expect(addAssigned(saved, module(), 2000).outcome).toBe('unchanged');
	});

	it('never saves over what the module carries, nor on a module whose body changed', () => {
		const carried = [['The river rose.']];
		const withSplit = addAssigned([], module(), 1000, carried).library;
		const level = measureBlocks(segmentBody('Other words here.'));
		const kept = withMadeOnDevice(withSplit, module(), { article: [['Other.']] });
		expect(kept[0]?.article).toEqual(carried);
		const stored = addAssigned([], module({ readingLevel: level }), 1000).library;
		const measured = measureBlocks(segmentBody(module().body));
		expect(
			withMadeOnDevice(stored, module(), { readingLevel: measured })[0]?.assignment.readingLevel
		).toEqual(level);

		const plain = addAssigned([], module(), 1000).library;
		const changed = module({ body: 'The river fell.' });
		expect(withMadeOnDevice(plain, changed, { article: [['The river fell.']] })).toEqual(plain);
	});

	it('leaves out a stored module whose submission time no date can hold', () => {
		const entry = (finishedAt: number) => ({
			assignment: module(),
			addedAt: 0,
			submissions: [{ attempt: 1, finishedAt, percent: 50, receiptCode: 'R1.x.y' }]
		});
		const read = readAssignedModules(JSON.stringify([entry(9007199254740991), entry(2000)]));
		expect(read.skipped).toBe(1);
		expect(read.items).toHaveLength(1);
	});

	it("counts each student's attempts apart on a shared device; older unnamed ones count for all", () => {
		const submission = (studentName?: string) => ({
			attempt: 1,
			finishedAt: 1,
			percent: 50,
			receiptCode: 'R1.x.y',
			...(studentName ? { studentName } : {})
		});
		const limited = {
			assignment: module({ settings: { ...DEFAULT_SETTINGS, attemptsAllowed: 2 } }),
			addedAt: 0,
			submissions: [submission('Ana'), submission('ana '), submission('Bo')]
		};
		expect(attemptsLeft(limited, 'ANA')).toBe(0);
		expect(attemptsLeft(limited, 'Bo')).toBe(1);
		expect(attemptsLeft(limited, 'Cy')).toBe(2);
		expect(attemptsLeft({ ...limited, submissions: [submission()] }, 'Cy')).toBe(1);
	});

	it('counts the attempts left, or none when there is no limit', () => {
		const limited = {
			assignment: module({ settings: { ...DEFAULT_SETTINGS, attemptsAllowed: 2 } }),
			addedAt: 0,
			submissions: []
		};
		expect(attemptsLeft(limited)).toBe(2);
		const used = recordSubmission([limited], 'm-test-1', {
			attempt: 1,
			finishedAt: 1,
			percent: 0,
			receiptCode: 'c'
		});
		expect(attemptsLeft(used[0] as (typeof used)[0])).toBe(1);
		expect(attemptsLeft({ ...limited, assignment: module() })).toBeNull();
	});
});
