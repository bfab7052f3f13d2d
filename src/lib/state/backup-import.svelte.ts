import {
	backupFileProblem,
	parseBackup,
	previewImport,
	type ImportPreview,
	type ProgressState
} from '$lib/progress/record';
import type { Progress } from './progress.svelte';

type Step =
	| { kind: 'idle' }
	| { kind: 'problem'; fileName: string; errors: string[] }
	| {
			kind: 'preview';
			fileName: string;
			incoming: ProgressState;
			preview: ImportPreview;
			skipped: string[];
	  }
	| { kind: 'done'; added: number; saved: boolean };

/**
 * Importing a backup file in two steps: read and preview (nothing changes yet), then confirm. A
 * file that is not a readable backup stops at the first step with what was wrong.
 */
export class BackupImport {
	readonly #progress: Progress;
	#step = $state<Step>({ kind: 'idle' });

	constructor(progress: Progress) {
		this.#progress = progress;
	}

	get step(): Step {
		return this.#step;
	}

	/** @example await importer.read(input.files[0]) */
	async read(file: File): Promise<void> {
		const tooLarge = backupFileProblem(file.size);
		if (tooLarge) {
			this.#step = { kind: 'problem', fileName: file.name, errors: [tooLarge] };
			return;
		}
		let text: string;
		try {
			text = await file.text();
		} catch {
			this.#step = { kind: 'problem', fileName: file.name, errors: ['the file could not be read'] };
			return;
		}
		const parsed = parseBackup(text);
		if (!parsed.ok) {
			this.#step = { kind: 'problem', fileName: file.name, errors: parsed.errors };
			return;
		}
		this.#step = {
			kind: 'preview',
			fileName: file.name,
			incoming: parsed.value.state,
			preview: previewImport(this.#progress.state, parsed.value.state),
			skipped: parsed.value.skipped
		};
	}

	confirm(): void {
		if (this.#step.kind !== 'preview') return;
		const added = this.#step.preview.newAttempts;
		const result = this.#progress.importState(this.#step.incoming);
		this.#step = { kind: 'done', added, saved: result.saved };
	}

	cancel(): void {
		this.#step = { kind: 'idle' };
	}
}
