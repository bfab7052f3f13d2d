import type { ImportPreview } from '../record';
import { plural } from '../../core/format';

/**
 * What importing a backup would do, in sentences, with modules by title (slug when unknown).
 *
 * @example previewLines(preview, { 'kazakhstan-2022': 'Kazakhstan…' })[0] // '2 attempts to add, from: Kazakhstan….'
 */
export function previewLines(
	preview: ImportPreview,
	titles: Readonly<Record<string, string>>
): string[] {
	if (preview.unchanged)
		return ['Everything in this backup is already here: importing it would change nothing.'];
	const lines: string[] = [];
	const names = preview.modules.map((slug) => (Object.hasOwn(titles, slug) ? titles[slug] : slug));
	lines.push(
		preview.newAttempts > 0
			? `${plural(preview.newAttempts, 'attempt')} to add, from: ${names.join(', ')}.`
			: 'No attempts to add.'
	);
	if (preview.updatedQuestions > 0) {
		lines.push(
			`${plural(preview.updatedQuestions, 'question')} with a newer answer or review schedule.`
		);
	}
	if (preview.conflicts.length > 0) {
		lines.push(
			`${plural(preview.conflicts.length, 'attempt')} also here but different: the one on this device is kept.`
		);
	}
	return lines;
}

/**
 * Parse errors as a student reads them: "(top level): " says nothing to them.
 *
 * @example readableErrors(['(top level): is empty']) // ['is empty']
 */
export const readableErrors = (errors: readonly string[]): string[] =>
	errors.map((error) => error.replace(/^\(top level\): /, ''));
