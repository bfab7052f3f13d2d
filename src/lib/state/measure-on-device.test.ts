import { describe, expect, it } from 'vitest';
import { blocksFromCarried, segmentBody } from '$lib/reading/article';
import { measureBlocks } from '$lib/reading/reading-level';
import { splitOnDevice } from './split-on-device';
import { measureOnDevice } from './measure-on-device';

const BODY =
	'The river rose over the banks. The port closed for two days.\n\nShips waited offshore.';

describe('measureOnDevice', () => {
	it('measures the carried split as the article pages measure its blocks', async () => {
		const split = await splitOnDevice(BODY);
		if (!split.ok) throw new Error(split.errors.join());

		expect(await measureOnDevice(blocksFromCarried(split.value))).toEqual(
			measureBlocks(segmentBody(BODY))
		);
	});

	it('gives no level when the counter cannot load', async () => {
		const offline = () =>
			Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

		expect(
			await measureOnDevice(blocksFromCarried([['The river rose.']]), offline)
		).toBeUndefined();
	});
});
