import * as generate from '$lib/generate';
import { generatedReply, type GeneratedInWorker } from './generate-in-worker';

// The question generator, off the page's thread: a long article takes a second or more (several
// on a school Chromebook), and the builder stays responsive meanwhile.
// Typed by hand: the "webworker" lib would retype the globals of every other file.
const scope = self as unknown as {
	onmessage: ((event: MessageEvent<{ text: string }>) => void) | null;
	postMessage(message: GeneratedInWorker): void;
};

scope.onmessage = (event) => scope.postMessage(generatedReply(generate, event.data.text));
