import * as v from 'valibot';
import { resolve } from '$app/paths';
import { BundledArticleSchema, type BundledArticle } from '$lib/reading/modules';

/**
 * An article that ships with Lectern, from its prerendered `/articles/<slug>.json` (which the
 * service worker keeps offline). Undefined when it is missing, unreadable or cannot be fetched.
 */
export async function fetchBundledArticle(slug: string): Promise<BundledArticle | undefined> {
	try {
		const response = await fetch(resolve('/articles/[slug].json', { slug }));
		if (!response.ok) return undefined;
		const article = v.safeParse(BundledArticleSchema, await response.json());
		return article.success ? article.output : undefined;
	} catch {
		return undefined;
	}
}
