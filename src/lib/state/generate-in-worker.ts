import type { Question } from '$lib/question/schema';

/** What the generator worker answers: the questions, or why the article gave none. */
export type GeneratedInWorker =
	{ ok: true; questions: Question[] } | { ok: false; message: string };

/**
 * Runs the generator, in the worker or on the page alike: a `GenerationError` becomes the reason
 * given to the teacher; any other error is a bug and is thrown.
 */
export function generatedReply(
	generate: Pick<typeof import('$lib/generate'), 'generateQuestions' | 'GenerationError'>,
	text: string
): GeneratedInWorker {
	try {
		return { ok: true, questions: generate.generateQuestions(text) };
	} catch (error) {
		if (error instanceof generate.GenerationError) return { ok: false, message: error.message };
		throw error;
	}
}

/**
 * Generates questions in a Web Worker. Rejects when the browser cannot start the worker or the
 * generator crashed in it; the caller then runs the generator on the page instead.
 *
 * @example const reply = await generateInWorker(articleText);
 */
export function generateInWorker(text: string): Promise<GeneratedInWorker> {
	return new Promise((resolve, reject) => {
		let worker: Worker;
		try {
			worker = new Worker(new URL('./generate.worker.ts', import.meta.url), { type: 'module' });
		} catch (error) {
			reject(error);
			return;
		}
		worker.onmessage = (event: MessageEvent<GeneratedInWorker>) => {
			worker.terminate();
			resolve(event.data);
		};
		worker.onerror = (event) => {
			event.preventDefault();
			worker.terminate();
			reject(new Error(event.message || 'the generator worker failed'));
		};
		worker.postMessage({ text });
	});
}
