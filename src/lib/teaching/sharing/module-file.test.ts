import { describe, expect, it } from 'vitest';
import { blocksFromCarried, segmentBody } from '../../reading/article';
import { decodeModuleFile, MODULE_FILE_MAX_CHARS } from './module-file';
import { encodeModuleFile } from './module-file-encode';
import { makeAssignment } from './test-factories';

const errorsOf = (text: string) => {
	const result = decodeModuleFile(text);
	return result.ok ? [] : result.errors;
};

describe('module files', () => {
	it('opens the assignment it was made from, with its article split as it was made', () => {
		const assignment = makeAssignment();

		const opened = decodeModuleFile(encodeModuleFile(assignment));

		expect(opened.ok && opened.value.assignment).toEqual(assignment);
		const article = opened.ok ? opened.value.article : undefined;
		expect(article && blocksFromCarried(article)).toEqual(segmentBody(assignment.body));
	});

	it('opens a file made before splits travelled, with no split', () => {
		const assignment = makeAssignment();
		const older = JSON.stringify({ format: 'lectern-module', version: 1, assignment });

		expect(decodeModuleFile(older)).toEqual({ ok: true, value: { assignment } });
	});

	it('refuses a file whose split is not sentences, naming the field', () => {
		const assignment = makeAssignment();
		const file = { format: 'lectern-module', version: 1, assignment, article: [[]] };

		expect(errorsOf(JSON.stringify(file))[0]).toMatch(/^article\.0: /);
	});

	it('carries a format marker, the version and the whole article text', () => {
		const assignment = makeAssignment();

		const data = JSON.parse(encodeModuleFile(assignment));

		expect(data).toMatchObject({ format: 'lectern-module', version: 1 });
		expect(data.assignment.body).toBe(assignment.body);
		expect(data.assignment.questions[0].evidence).toEqual(assignment.questions[0]?.evidence);
	});

	it('refuses a file that is not JSON', () => {
		expect(errorsOf('PK\u0003\u0004')).toEqual([
			'This file is not a Lectern module: it is not valid JSON.'
		]);
	});

	it('refuses a file of another format by its marker', () => {
		expect(errorsOf(JSON.stringify({ format: 'lectern-receipt', version: 1 }))).toEqual([
			'This file is not a Lectern module.',
			'format: must be "lectern-module" (got "lectern-receipt")'
		]);
	});

	it('tells the teacher a file from a newer Lectern needs an update', () => {
		const file = JSON.stringify({ format: 'lectern-module', version: 2, assignment: {} });

		expect(errorsOf(file)).toEqual([
			'This module file was made by a newer version of Lectern (file format 2). Update Lectern to open it.'
		]);
	});

	it('names the field a damaged module gets wrong', () => {
		const data = JSON.parse(encodeModuleFile(makeAssignment()));
		data.assignment.questions[2].answer = 'yes';

		expect(errorsOf(JSON.stringify(data))).toEqual([
			expect.stringMatching(/^assignment\.questions\.2\.answer: .* \(got "yes"\)$/)
		]);
	});

	it('refuses JSON nested far deeper than a module', () => {
		expect(errorsOf('['.repeat(100_000) + ']'.repeat(100_000))).toEqual([
			'This file is not a Lectern module: its data is nested far too deeply.'
		]);
	});

	it('refuses a file larger than any module before reading it', () => {
		expect(errorsOf(' '.repeat(MODULE_FILE_MAX_CHARS + 1))).toEqual([
			expect.stringContaining('too large to be a Lectern module')
		]);
	});
});
