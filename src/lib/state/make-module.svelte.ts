import type { Assignment } from '$lib/assignment';
import { articleTextProblem } from '$lib/builder/article-limit';
import { newModule } from '$lib/builder/new-module';
import { newModuleId } from '$lib/library/teacher-modules';
import { parsedError, type Parsed } from '$lib/validation/result';
import { fetchBundledArticle } from './bundled-article.svelte';

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
 * here, so no student page ever downloads it.
 */
export async function moduleFromText(
	text: string,
	title: string,
	source: string
): Promise<Parsed<Assignment>> {
	const tooLong = articleTextProblem(text);
	if (tooLong) return parsedError(tooLong);
	let generate: typeof import('$lib/generate');
	try {
		generate = await import('$lib/generate');
	} catch {
		return parsedError(
			'The question generator could not be loaded. Are you offline? Open this page once online first.'
		);
	}
	try {
		const questions = generate.generateQuestions(text);
		return newModule({ id: freshId(), title, source, text, questions });
	} catch (error) {
		if (error instanceof generate.GenerationError) return parsedError(error.message);
		throw error;
	}
}

const freshId = () => newModuleId(Math.random(), Date.now());
