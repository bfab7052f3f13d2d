import { describe, expect, it } from 'vitest';
import { fieldsAfterImport } from './fill-fields';
import type { ImportedArticle } from './imported-article';

const article = (facts: Partial<ImportedArticle>): ImportedArticle => ({
	text: 'Text.',
	dropped: [],
	...facts
});
const empty = { title: '', source: '' };

describe('fieldsAfterImport', () => {
	it('fills empty fields with the file’s title and publication', () => {
		expect(
			fieldsAfterImport(empty, article({ title: 'Floods', source: 'The Herald' }), empty)
		).toEqual({
			title: 'Floods',
			source: 'The Herald'
		});
	});

	it('keeps what the teacher typed', () => {
		const typed = { title: 'My title', source: 'My source' };
		expect(
			fieldsAfterImport(typed, article({ title: 'Floods', source: 'The Herald' }), empty)
		).toEqual(typed);
	});

	it('replaces what the previous import filled in, clearing what the new file does not name', () => {
		const before = { title: 'Floods', source: 'The Herald' };
		expect(fieldsAfterImport(before, article({ title: 'Bees' }), before)).toEqual({
			title: 'Bees',
			source: ''
		});
	});

	it('keeps a field the teacher changed after the previous import', () => {
		const before = { title: 'Floods', source: 'The Herald' };
		const now = { title: 'Floods (edited)', source: 'The Herald' };
		expect(fieldsAfterImport(now, article({ title: 'Bees', source: 'Daily' }), before)).toEqual({
			title: 'Floods (edited)',
			source: 'Daily'
		});
	});
});
