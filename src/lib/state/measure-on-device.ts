import { blocksFromCarried, type CarriedBlock } from '$lib/reading/article';
import type { ReadingLevel } from '$lib/reading/reading-level';

/**
 * The reading level of an article measured on this device, or undefined when the syllable
 * counter cannot load (offline before it was ever used: the service worker caches it on first
 * use, not at install).
 */
export async function measureOnDevice(
	article: readonly CarriedBlock[],
	loadCounter: () => Promise<Counter> = () => import('$lib/reading/reading-level/measure')
): Promise<ReadingLevel | undefined> {
	let measureBlocks: Counter['measureBlocks'];
	try {
		({ measureBlocks } = await loadCounter());
	} catch {
		return undefined;
	}
	return measureBlocks(blocksFromCarried(article));
}

type Counter = Pick<typeof import('$lib/reading/reading-level/measure'), 'measureBlocks'>;
