import type { Plugin } from 'vite';
import { checkContentFolder } from '../src/lib/server/check-content-folder';

/**
 * Fails `vite build` (and warns in `vite dev`) when a file under questions/ is broken, with one line
 * per problem naming the file, the field and what is wrong, instead of a stack trace from a page.
 */
export function validateContent(folder = 'questions'): Plugin {
	return {
		name: 'lectern:validate-content',
		buildStart() {
			const problems = checkContentFolder(folder);
			if (problems.length === 0) return;
			const message = `Lectern found ${problems.length} problem(s) in ${folder}/:\n${problems.map((p) => `  - ${p}`).join('\n')}`;
			const error = new Error(message);
			// The message says everything; a stack trace into this plugin would only hide it.
			error.stack = message;
			throw error;
		}
	};
}
