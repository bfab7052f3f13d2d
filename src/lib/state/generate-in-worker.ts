import type { GenerationProgress } from '$lib/reading/generate';
import type { Question } from '$lib/quiz/question';
import { parsedError, parsedOk, type Parsed } from '$lib/core/validation';

/** What the generator worker answers: the questions, or why the article gave none. */
export type GeneratedInWorker = Parsed<Question[]>;

/** Every message the worker posts: progress while it works, then its answer. */
export type WorkerMessage = { progress: GenerationProgress } | { done: GeneratedInWorker };

/** Why a generation stopped before its answer: the teacher pressed Stop. */
export class GenerationStopped extends Error {
	constructor() {
		super('The teacher stopped the generation.');
		this.name = 'GenerationStopped';
	}
}

/**
 * Runs the generator, in the worker or on the page alike: a `GenerationError` becomes the reason
 * given to the teacher; any other error is a bug and is thrown.
 */
export function generatedReply(
	generate: Pick<typeof import('$lib/reading/generate'), 'generateQuestions' | 'GenerationError'>,
	text: string,
	onProgress?: (progress: GenerationProgress) => void
): GeneratedInWorker {
	try {
		return parsedOk(generate.generateQuestions(text, { onProgress }));
	} catch (error) {
		if (error instanceof generate.GenerationError) return parsedError(error.message);
		throw error;
	}
}

/**
 * Generates questions in a Web Worker, telling `onProgress` how far it got. Aborting `signal`
 * ends the worker at once and rejects with `GenerationStopped`. Rejects otherwise when the browser
 * cannot start the worker or the generator crashed in it; the caller then runs it on the page.
 *
 * @example const reply = await generateInWorker(articleText, { signal: stop.signal, onProgress });
 */
export function generateInWorker(
	text: string,
	options: { signal?: AbortSignal; onProgress?: (progress: GenerationProgress) => void } = {}
): Promise<GeneratedInWorker> {
	const { signal, onProgress } = options;
	return new Promise((resolve, reject) => {
		if (signal?.aborted) {
			reject(new GenerationStopped());
			return;
		}
		let worker: Worker;
		try {
			worker = new Worker(new URL('./generate.worker.ts', import.meta.url), { type: 'module' });
		} catch (error) {
			reject(error);
			return;
		}
		const stop = () => {
			worker.terminate();
			reject(new GenerationStopped());
		};
		signal?.addEventListener('abort', stop, { once: true });
		const finish = () => {
			signal?.removeEventListener('abort', stop);
			worker.terminate();
		};
		worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
			if ('progress' in event.data) {
				onProgress?.(event.data.progress);
				return;
			}
			finish();
			resolve(event.data.done);
		};
		worker.onerror = (event) => {
			event.preventDefault();
			finish();
			reject(new Error(event.message || 'the generator worker failed'));
		};
		worker.postMessage({ text });
	});
}
