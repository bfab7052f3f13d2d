import type { Attachment } from 'svelte/attachments';

/**
 * A region that takes dropped files (or text), as a shortcut for pointer users: a file input inside
 * or beside it stays the way in for keyboards. Listeners are attached rather than written as
 * attributes because the zone itself is not a control, and should not be announced or focused as
 * one. `dragging` is true while something it takes is held over it, for a highlight.
 *
 * @example
 * const drop = new DropZone((data) => void readFile(data.files[0]), { filesOnly: true });
 * // <div class:dragging={drop.dragging} {@attach drop.attach}>
 */
export class DropZone {
	#dragging = $state(false);
	readonly #ondrop: (data: DataTransfer) => void;
	readonly #filesOnly: boolean;

	/** With `filesOnly`, anything but files (text dragged into a box) is left to the browser. */
	constructor(ondrop: (data: DataTransfer) => void, { filesOnly = false } = {}) {
		this.#ondrop = ondrop;
		this.#filesOnly = filesOnly;
	}

	get dragging(): boolean {
		return this.#dragging;
	}

	#takes(event: DragEvent): boolean {
		return !this.#filesOnly || (event.dataTransfer?.types.includes('Files') ?? false);
	}

	readonly attach: Attachment<HTMLElement> = (zone) => {
		const over = (event: DragEvent) => {
			if (!this.#takes(event)) return;
			event.preventDefault();
			this.#dragging = true;
		};
		const leave = (event: DragEvent) => {
			if (!(event.relatedTarget instanceof Node && zone.contains(event.relatedTarget))) {
				this.#dragging = false;
			}
		};
		const drop = (event: DragEvent) => {
			if (!this.#takes(event)) return;
			event.preventDefault();
			this.#dragging = false;
			if (event.dataTransfer) this.#ondrop(event.dataTransfer);
		};
		zone.addEventListener('dragover', over);
		zone.addEventListener('dragleave', leave);
		zone.addEventListener('drop', drop);
		return () => {
			zone.removeEventListener('dragover', over);
			zone.removeEventListener('dragleave', leave);
			zone.removeEventListener('drop', drop);
		};
	};
}
