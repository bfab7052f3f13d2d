import * as generate from '$lib/reading/generate';
import { generatedReply, type WorkerMessage } from './generate-in-worker';

// The question generator, off the page's thread: a long article takes a second or more (several
// on a school Chromebook), and the builder stays responsive, shows progress and can stop it.
// Typed by hand: the "webworker" lib would retype the globals of every other file.
const scope = self as unknown as {
	onmessage: ((event: MessageEvent<{ text: string }>) => void) | null;
	postMessage(message: WorkerMessage): void;
};

scope.onmessage = (event) => {
	const done = generatedReply(generate, event.data.text, (progress) =>
		scope.postMessage({ progress })
	);
	scope.postMessage({ done });
};
