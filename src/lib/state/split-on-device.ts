import { carriedFromBlocks, type CarriedBlock } from '$lib/reading/article';
import { parsedError, parsedOk, type Parsed } from '$lib/core/validation';

type Splitter = Pick<typeof import('$lib/reading/article/segment'), 'segmentBody'>;

export const SPLITTER_NEEDS_CONNECTION =
	'This module was made by an older version of Lectern, so this device must load a sentence splitter once to show it. Connect to the internet and try again; after that it works offline.';

/**
 * The article split into sentences on this device, for a module made before its split travelled
 * with it (older links and module files). The splitter is the heaviest library a student could
 * need, so the service worker caches it when first used, not at install: offline before then,
 * this says so instead of failing.
 */
export async function splitOnDevice(
	body: string,
	loadSplitter: () => Promise<Splitter> = () => import('$lib/reading/article/segment')
): Promise<Parsed<CarriedBlock[]>> {
	let segmentBody: Splitter['segmentBody'];
	try {
		({ segmentBody } = await loadSplitter());
	} catch {
		return parsedError(SPLITTER_NEEDS_CONNECTION);
	}
	return parsedOk(carriedFromBlocks(segmentBody(body)));
}
