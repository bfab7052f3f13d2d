import { afterEach, describe, expect, it, vi } from 'vitest';

const CHANGES = '$lib/progress/record/progress-change';

describe('loadScheduling', () => {
	afterEach(() => {
		vi.doUnmock(CHANGES);
	});

	it('loads the changes once, however many answers ask for them', async () => {
		vi.resetModules();
		const { loadScheduling } = await import('./scheduling');

		const [first, second] = await Promise.all([loadScheduling(), loadScheduling()]);

		expect(first).toBe(second);
		expect(typeof first.attemptRecorded).toBe('function');
	});

	it('tries again after a load that failed, so going back online lets the student submit', async () => {
		vi.resetModules();
		let online = false;
		vi.doMock(CHANGES, async (importOriginal) => {
			if (!online) throw new Error('offline');
			return importOriginal();
		});
		const { loadScheduling } = await import('./scheduling');
		await expect(loadScheduling()).rejects.toThrow();

		online = true;

		await expect(loadScheduling()).resolves.toHaveProperty('reviewRecorded');
	});
});
