import { tick } from 'svelte';
import { parseEvidenceHash } from '$lib/reading/article';

/**
 * Follows the page's `#p4s2~p5s1` fragment: reports the sentence ids to highlight, scrolls to the
 * first and moves focus there, now and on every hash change. The hash exists only in the browser
 * (pages are prerendered), so call it from an effect. Returns the function that stops following.
 */
export function followEvidenceHash(highlight: (ids: string[]) => void): () => void {
	const follow = async () => {
		const ids = parseEvidenceHash(window.location.hash);
		highlight(ids);
		if (ids.length === 0) return;
		await tick();
		const first = document.getElementById(ids[0] ?? '');
		first?.scrollIntoView({ block: 'center' });
		first?.focus({ preventScroll: true });
	};
	follow();
	window.addEventListener('hashchange', follow);
	return () => window.removeEventListener('hashchange', follow);
}
