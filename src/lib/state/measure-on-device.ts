import type { ArticleBlock } from '$lib/reading/article';
import type { ReadingLevel } from '$lib/reading/reading-level';

/**
 * The reading level of an article measured on this device, or undefined when the syllable
 * counter cannot load (offline before it was ever used: the service worker caches it on first
 * use, not at install). The one place a student's device loads the counter.
 */
export async function measureOnDevice(
	blocks: readonly ArticleBlock[],
	loadCounter: () => Promise<Counter> = () => import('$lib/reading/reading-level/measure')
): Promise<ReadingLevel | undefined> {
	let measureBlocks: Counter['measureBlocks'];
	try {
		({ measureBlocks } = await loadCounter());
	} catch {
		return undefined;
	}
	return measureBlocks(blocks);
}

type Counter = Pick<typeof import('$lib/reading/reading-level/measure'), 'measureBlocks'>;
