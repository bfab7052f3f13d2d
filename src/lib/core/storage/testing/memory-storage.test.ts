import { describe, expect, it } from 'vitest';
import { MemoryStorage } from './memory-storage';
import { isQuotaExceeded } from '../storage-area';

describe('MemoryStorage', () => {
	it('throws a QuotaExceededError past its quota and keeps the old value', () => {
		const storage = new MemoryStorage({ quotaBytes: 40 });
		storage.setItem('k', 'small');

		const write = () => storage.setItem('k', 'x'.repeat(30));

		expect(write).toThrow(expect.objectContaining({ name: 'QuotaExceededError', code: 22 }));
		expect(storage.getItem('k')).toBe('small');
	});

	it('counts a replaced value once', () => {
		const storage = new MemoryStorage({ quotaBytes: 24 });
		storage.setItem('k', 'x'.repeat(10));

		storage.setItem('k', 'y'.repeat(11));

		expect(storage.bytesUsed()).toBe(24);
	});

	it('throws a SecurityError on every access when blocked', () => {
		const storage = new MemoryStorage({ blocked: true });

		expect(() => storage.getItem('k')).toThrow(expect.objectContaining({ name: 'SecurityError' }));
		expect(() => storage.setItem('k', 'v')).toThrow(
			expect.objectContaining({ name: 'SecurityError' })
		);
	});
});

describe('isQuotaExceeded', () => {
	it('recognises the quota errors of every browser and nothing else', () => {
		expect(isQuotaExceeded(new DOMException('full', 'QuotaExceededError'))).toBe(true);
		expect(isQuotaExceeded({ name: 'NS_ERROR_DOM_QUOTA_REACHED', code: 1014 })).toBe(true);
		expect(isQuotaExceeded({ code: 22 })).toBe(true);
		expect(isQuotaExceeded(new DOMException('no', 'SecurityError'))).toBe(false);
		expect(isQuotaExceeded(null)).toBe(false);
	});
});
