import { afterEach, describe, expect, it, vi } from 'vitest';
import { DropZone } from './drop-zone.svelte';

type Listener = (event: DragEvent) => void;

/** A zone element that records its listeners, so a test can fire drag events at it. */
function fakeZone() {
	const listeners = new Map<string, Listener>();
	const zone = {
		addEventListener: (type: string, listener: Listener) => listeners.set(type, listener),
		removeEventListener: (type: string) => listeners.delete(type),
		contains: () => false
	};
	const fire = (type: string, data: Partial<DataTransfer> | null) => {
		const event = { dataTransfer: data, relatedTarget: null, preventDefault: vi.fn() };
		listeners.get(type)?.(event as unknown as DragEvent);
		return event;
	};
	return { zone: zone as unknown as HTMLElement, listeners, fire };
}

const files = { types: ['Files'], files: [{ name: 'a.json' }] } as unknown as DataTransfer;
const text = { types: ['text/plain'], files: [] } as unknown as DataTransfer;

afterEach(() => vi.unstubAllGlobals());

describe('DropZone', () => {
	it('highlights while files are held over it and hands them over on drop', () => {
		vi.stubGlobal('Node', class {});
		const ondrop = vi.fn();
		const drop = new DropZone(ondrop, { filesOnly: true });
		const { zone, fire } = fakeZone();
		drop.attach(zone);

		expect(fire('dragover', files).preventDefault).toHaveBeenCalled();
		expect(drop.dragging).toBe(true);
		fire('dragleave', files);
		expect(drop.dragging).toBe(false);
		fire('dragover', files);
		fire('drop', files);

		expect(drop.dragging).toBe(false);
		expect(ondrop).toHaveBeenCalledExactlyOnceWith(files);
	});

	it('leaves text to the browser when it takes files only', () => {
		const ondrop = vi.fn();
		const drop = new DropZone(ondrop, { filesOnly: true });
		const { zone, fire } = fakeZone();
		drop.attach(zone);

		expect(fire('dragover', text).preventDefault).not.toHaveBeenCalled();
		expect(fire('drop', text).preventDefault).not.toHaveBeenCalled();
		expect(drop.dragging).toBe(false);
		expect(ondrop).not.toHaveBeenCalled();
	});

	it('takes dragged text too when not limited to files', () => {
		const ondrop = vi.fn();
		const drop = new DropZone(ondrop);
		const { zone, fire } = fakeZone();
		drop.attach(zone);

		fire('dragover', text);
		expect(drop.dragging).toBe(true);
		fire('drop', text);
		expect(ondrop).toHaveBeenCalledExactlyOnceWith(text);
	});

	it('removes its listeners when detached', () => {
		const { zone, listeners } = fakeZone();
		const detach = new DropZone(vi.fn()).attach(zone);

		if (typeof detach === 'function') detach();

		expect(listeners.size).toBe(0);
	});
});
