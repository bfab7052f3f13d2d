import { describe, expect, it } from 'vitest';
import { fitDraft, newDraft, readDraft } from './draft';

/** A stored text as a sitting resumes from it. */
const parseDraft = (raw: string | null, slug: string, ids: readonly string[]) =>
	raw ? fitDraft(readDraft(raw), slug, ids) : undefined;

const ids = ['q-a', 'q-b', 'q-c'];

describe('readDraft and fitDraft', () => {
	it('reads back a saved draft', () => {
		const draft = {
			...newDraft('mod', ids, 1000),
			current: 2,
			responses: { 'q-a': { type: 'short-answer' as const, text: 'Russia' } }
		};
		expect(parseDraft(JSON.stringify(draft), 'mod', ids)).toEqual(draft);
	});

	it.each([
		['nothing saved', null],
		['broken JSON', '{"version":1,'],
		['the wrong shape', '{"version":1,"moduleSlug":"mod"}'],
		['a future version', JSON.stringify({ ...newDraft('mod', ids, 1), version: 2 })],
		['another module', JSON.stringify(newDraft('other', ids, 1))],
		['only questions that no longer exist', JSON.stringify(newDraft('mod', ['gone'], 1))]
	])('starts afresh from %s', (_case, raw) => {
		expect(parseDraft(raw, 'mod', ids)).toBeUndefined();
	});

	it.each([
		['an infinite start time, as "1e999" in JSON reads', '"startedAt":1e999'],
		['a start time no date can hold', `"startedAt":${Number.MAX_SAFE_INTEGER}`],
		['a start time after 2100', `"startedAt":${Date.parse('2100-01-02T00:00:00Z')}`],
		['an infinite position', '"current":1e999']
	])('starts afresh from %s', (_case, field) => {
		const saved = JSON.stringify(newDraft('mod', ids, 1));
		const raw = saved.replace(new RegExp(`"${field.split('"')[1]}":\\d+`), field);
		expect(raw).toContain(field);
		expect(parseDraft(raw, 'mod', ids)).toBeUndefined();
	});

	it('asks each question once even if the saved draft lists one twice', () => {
		const draft = { ...newDraft('mod', ['q-a', 'q-b', 'q-a'], 1), current: 2 };
		expect(parseDraft(JSON.stringify(draft), 'mod', ids)).toMatchObject({
			questionIds: ['q-a', 'q-b'],
			current: 1
		});
	});

	it('drops questions the rebuilt module no longer has and keeps the position in range', () => {
		const draft = { ...newDraft('mod', ['q-a', 'gone', 'q-c'], 1), current: 2 };
		expect(parseDraft(JSON.stringify(draft), 'mod', ['q-a', 'q-b'])).toMatchObject({
			questionIds: ['q-a'],
			current: 0
		});
	});
});
