import type { ArticleBlock } from '$lib/reading/article';
import type { ReadingLevel } from '$lib/reading/reading-level';
import { withMadeOnDevice } from '$lib/teaching/library';
import type { Assignment } from '$lib/teaching/sharing';
import { assignedModules } from './library.svelte';
import { measureOnDevice } from './measure-on-device';

/**
 * A module's reading level on a student's device: the stored one, else measured here from the
 * article's blocks, with the syllable counter loaded only then (a module opened from a link does
 * not carry its level, and student pages must not download the counter up front).
 */
export async function readingLevelOnDevice(
	module: { readingLevel?: ReadingLevel },
	blocks: readonly ArticleBlock[]
): Promise<ReadingLevel> {
	if (module.readingLevel) return module.readingLevel;
	const measured = await measureOnDevice(blocks);
	if (!measured) throw new Error('The syllable counter could not be loaded.');
	return measured;
}

/**
 * The line a student sees under an assigned article's title ("about grade 9 · 6 min read ·
 * 1,180 words"), with its wording loaded after the page, as the level itself may be.
 */
export async function readingLineOnDevice(
	module: { readingLevel?: ReadingLevel },
	blocks: readonly ArticleBlock[]
): Promise<string> {
	const [level, { readingSummary }] = await Promise.all([
		readingLevelOnDevice(module, blocks),
		import('$lib/reading/reading-level/describe')
	]);
	return readingSummary(level);
}

/**
 * `readingLineOnDevice` for a module on the student's device: a level measured here is saved with
 * the module, so the counter (cached when first used, not at install) is needed once. Empty when
 * the level cannot be had, as offline before the counter was ever loaded.
 */
export async function assignedReadingLine(
	assignment: Pick<Assignment, 'id' | 'body' | 'readingLevel'>,
	blocks: readonly ArticleBlock[]
): Promise<string> {
	try {
		const level = await readingLevelOnDevice(assignment, blocks);
		if (!assignment.readingLevel) {
			const library = assignedModules();
			library.set(withMadeOnDevice(library.items, assignment, { readingLevel: level }));
		}
		return await readingLineOnDevice({ readingLevel: level }, blocks);
	} catch {
		return '';
	}
}
