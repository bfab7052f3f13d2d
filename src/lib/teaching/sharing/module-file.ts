import { wholeNumber } from '../../core/format';
import * as v from 'valibot';
import { describeIssues, parsedError, type Parsed, parseOutsideJson } from '../../core/validation';

import { AssignmentSchema, type Assignment } from './assignment';
import type { WireBlock } from './share-v3-wire';
import { CarriedArticleSchema } from '../../reading/article';
import { nestsDeeperThan } from '../../core/codecs';

/**
 * A module as a downloadable file, for modules too long for a link and for keeping: the whole
 * assignment with its article text, never a bundled-article reference, so the file stands alone.
 */

export const MODULE_FILE_FORMAT = 'lectern-module';
export const MODULE_FILE_VERSION = 1;
/** Characters; an article may have 200,000 and its questions rarely a tenth of that. */
export const MODULE_FILE_MAX_CHARS = 1_000_000;

const HeaderSchema = v.object(
	{
		format: v.literal(MODULE_FILE_FORMAT, `must be "${MODULE_FILE_FORMAT}"`),
		version: v.pipe(v.number('must be a number'), v.integer('must be a whole number'))
	},
	'must be a JSON object'
);

const FileSchema = v.object({
	format: v.literal(MODULE_FILE_FORMAT),
	version: v.literal(MODULE_FILE_VERSION),
	assignment: AssignmentSchema,
	/**
	 * The article split into sentences where the file was made, so a student's device needs no
	 * splitter. Absent in files made before 2026-11-27 (older versions ignore it: same version).
	 */
	article: v.optional(CarriedArticleSchema)
});

/** A module file's content: the assignment, and its article's split when the file carries one. */
export interface ModuleFile {
	assignment: Assignment;
	article?: WireBlock[];
}

/**
 * Reads a module file. Never throws; errors name the field, e.g. `assignment.questions.2.prompt: …`.
 *
 * @example decodeModuleFile(await file.text()) // { ok: true, value: { assignment: { id, title, … }, article: [[…]] } }
 */
export function decodeModuleFile(text: string): Parsed<ModuleFile> {
	if (text.length > MODULE_FILE_MAX_CHARS) {
		return parsedError(
			`This file is too large to be a Lectern module (${wholeNumber(text.length)} characters; the most is ${wholeNumber(MODULE_FILE_MAX_CHARS)}).`
		);
	}
	let data: unknown;
	try {
		data = parseOutsideJson(text);
	} catch {
		return parsedError('This file is not a Lectern module: it is not valid JSON.');
	}
	if (nestsDeeperThan(data)) {
		return parsedError('This file is not a Lectern module: its data is nested far too deeply.');
	}
	const header = v.safeParse(HeaderSchema, data, { abortPipeEarly: true });
	if (!header.success) {
		return parsedError('This file is not a Lectern module.', ...describeIssues(header.issues));
	}
	if (header.output.version !== MODULE_FILE_VERSION) {
		return parsedError(
			header.output.version > MODULE_FILE_VERSION
				? `This module file was made by a newer version of Lectern (file format ${header.output.version}). Update Lectern to open it.`
				: `This module file has an unknown format version (${header.output.version}).`
		);
	}
	const file = v.safeParse(FileSchema, data, { abortPipeEarly: true });
	if (!file.success) return { ok: false, errors: describeIssues(file.issues) };
	const { assignment, article } = file.output;
	return { ok: true, value: article ? { assignment, article } : { assignment } };
}
