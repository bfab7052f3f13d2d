import { describe, expect, it } from 'vitest';
import { MemoryStorage } from './testing/memory-storage';
import { PROBE_KEY } from './keys';
import { classifyStorageError, probeStorage } from './storage-status';

/** A storage holding `text` under one key, with no room for a single byte more. */
function fullStorage(text = 'saved work'): MemoryStorage {
	const storage = new MemoryStorage({ quotaBytes: ('k'.length + text.length) * 2 });
	storage.setItem('k', text);
	return storage;
}

describe('classifyStorageError', () => {
	it('calls every browser’s quota error "full"', () => {
		expect(classifyStorageError(new DOMException('full', 'QuotaExceededError'))).toBe('full');
		expect(classifyStorageError({ name: 'NS_ERROR_DOM_QUOTA_REACHED', code: 1014 })).toBe('full');
		expect(classifyStorageError({ name: 'Error', code: 22 })).toBe('full');
	});

	it('calls a SecurityError "blocked"', () => {
		expect(
			classifyStorageError(new DOMException('The operation is insecure.', 'SecurityError'))
		).toBe('blocked');
		expect(classifyStorageError({ code: 18 })).toBe('blocked');
	});

	it('calls anything else "other"', () => {
		expect(classifyStorageError(new TypeError('localStorage is undefined'))).toBe('other');
		expect(classifyStorageError('full')).toBe('other');
		expect(classifyStorageError(null)).toBe('other');
	});
});

describe('probeStorage', () => {
	it('finds storage with room available, and leaves no probe key behind', () => {
		const storage = new MemoryStorage();

		const probe = probeStorage(() => storage);

		expect(probe).toEqual({ status: 'available', storage });
		expect(storage.getItem(PROBE_KEY)).toBeNull();
	});

	it('finds completely full storage full, not blocked, and still readable', () => {
		const storage = fullStorage('saved work');

		const probe = probeStorage(() => storage);

		expect(probe).toEqual({ status: 'full', storage });
		expect(probe.status === 'full' && probe.storage.getItem('k')).toBe('saved work');
	});

	it('finds storage blocked when the browser throws on access or on use', () => {
		const throwing = () => {
			throw new DOMException('The operation is insecure.', 'SecurityError');
		};

		expect(probeStorage(throwing)).toEqual({ status: 'blocked' });
		expect(probeStorage(() => new MemoryStorage({ blocked: true }))).toEqual({ status: 'blocked' });
	});

	it('finds storage blocked where there is none', () => {
		expect(probeStorage(() => undefined)).toEqual({ status: 'blocked' });
		expect(probeStorage(() => null)).toEqual({ status: 'blocked' });
	});

	it('finds empty storage that refuses every write blocked, not full (old private modes)', () => {
		const noRoom = new MemoryStorage({ quotaBytes: 0 });

		expect(probeStorage(() => noRoom)).toEqual({ status: 'blocked' });
	});
});
