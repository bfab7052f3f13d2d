import type { Assignment } from '$lib/teaching/sharing';
import { articleTextProblem, newModule } from '$lib/teaching/builder';

import { newModuleId } from '$lib/teaching/library';
import { parsedError, type Parsed } from '$lib/core/validation';
import { fetchBundledArticle } from './bundled-article.svelte';
import type { GenerationProgress } from '$lib/reading/generate';
import {
	generatedReply,
	generateInWorker,
	GenerationStopped,
	type GeneratedInWorker
} from './generate-in-worker';

export { GenerationStopped };

/** Starts a module from an article that ships with Lectern, with its bundled question set. */
export async function moduleFromBundled(slug: string): Promise<Parsed<Assignment>> {
	const article = await fetchBundledArticle(slug);
	if (!article) {
		return parsedError(
			`The article "${slug}" could not be loaded. Are you offline? Open this page once online first.`
		);
	}
	const { title, source, body, questions, feedback } = article;
	return newModule({
		id: freshId(),
		title,
		source,
		text: body,
		questions,
		feedback,
		bundledSlug: slug
	});
}

/**
 * Starts a module from pasted or uploaded text. The generator (and its NLP library) loads only
 * here, so no student page ever downloads it, and runs in a Web Worker so the page never freezes;
 * where a worker cannot start, it runs on the page. Aborting `signal` rejects with
 * `GenerationStopped`.
 */
export async function moduleFromText(
	text: string,
	title: string,
	source: string,
	options: { signal?: AbortSignal; onProgress?: (progress: GenerationProgress) => void } = {}
): Promise<Parsed<Assignment>> {
	const tooLong = articleTextProblem(text);
	if (tooLong) return parsedError(tooLong);
	let generated: GeneratedInWorker;
	try {
		generated = await generateInWorker(text, options);
	} catch (error) {
		if (error instanceof GenerationStopped) throw error;
		generated = await generateOnPage(text, options.onProgress);
	}
	if (!generated.ok) return generated;
	return newModule({ id: freshId(), title, source, text, questions: generated.value });
}

async function generateOnPage(
	text: string,
	onProgress?: (progress: GenerationProgress) => void
): Promise<GeneratedInWorker> {
	let generate: typeof import('$lib/reading/generate');
	try {
		generate = await import('$lib/reading/generate');
	} catch {
		return parsedError(
			'The question generator could not be loaded. Are you offline? Open this page once online first.'
		);
	}
	return generatedReply(generate, text, onProgress);
}

const freshId = () => newModuleId(Math.random(), Date.now());
