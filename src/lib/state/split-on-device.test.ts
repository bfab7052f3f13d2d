import { describe, expect, it } from 'vitest';
import { blocksFromCarried, segmentBody } from '$lib/reading/article';
import { splitOnDevice, SPLITTER_NEEDS_CONNECTION } from './split-on-device';

const BODY = '## Floods\n\nThe river rose. The port closed.\n\nShips waited offshore.';

describe('splitOnDevice', () => {
	it('splits as the module pages number sentences', async () => {
		const split = await splitOnDevice(BODY);

		expect(split.ok && blocksFromCarried(split.value)).toEqual(segmentBody(BODY));
	});

	it('asks for a connection when the splitter cannot load', async () => {
		const offline = () =>
			Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

		expect(await splitOnDevice(BODY, offline)).toEqual({
			ok: false,
			errors: [SPLITTER_NEEDS_CONNECTION]
		});
	});
});
