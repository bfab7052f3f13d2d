import type { Assignment } from './assignment';
import { MODULE_FILE_FORMAT, MODULE_FILE_VERSION } from './module-file';
import { carryArticle } from './share-v3-article';

/**
 * A module file's text: the assignment, and its article split into sentences here, where the
 * module is made, as a link carries it (a student's device then needs no splitter).
 *
 * @example encodeModuleFile(assignment) // '{\n  "format": "lectern-module",\n  "version": 1, …'
 */
export function encodeModuleFile(assignment: Assignment): string {
	return JSON.stringify(
		{
			format: MODULE_FILE_FORMAT,
			version: MODULE_FILE_VERSION,
			assignment,
			article: carryArticle(assignment.body).blocks
		},
		null,
		2
	);
}
