import * as v from 'valibot';
import { resolve } from '$app/paths';
import { decodeShareLink, decodeModuleFile, type Assignment } from '$lib/assignment';
import { BundledArticleSchema } from '$lib/assignment/bundled-article';
import { parsedError, type Parsed } from '$lib/validation/result';

/**
 * Opens a share link (or pasted link text) into a complete module. A link that names an article
 * shipped with Lectern gets the text from this app's own copy, which the service worker keeps
 * offline.
 */
export async function openSharedLink(text: string): Promise<Parsed<Assignment>> {
	const opened = decodeShareLink(text);
	if (!opened.ok) return opened;
	if (opened.value.kind === 'assignment') return { ok: true, value: opened.value.assignment };
	const { slug, title, complete } = opened.value;
	const missing = `This link uses the article "${title}" that comes with Lectern, but this copy of Lectern does not have it. Ask your teacher for the module as a file.`;
	try {
		const response = await fetch(resolve('/articles/[slug].json', { slug }));
		if (!response.ok) return parsedError(missing);
		const article = v.safeParse(BundledArticleSchema, await response.json());
		if (!article.success) return parsedError(missing);
		return complete(article.output.body);
	} catch {
		return parsedError(`${missing} (It could not be loaded: are you offline?)`);
	}
}

/** Opens a module file a teacher sent; the text is the file's content. */
export function openModuleFile(text: string): Parsed<Assignment> {
	return decodeModuleFile(text);
}
