/**
 * Evidence links open the article at the supporting sentences: `#p4s2` for one sentence (so CSS
 * `:target` works without JavaScript) and `#p4s2~p5s1` for several.
 *
 * @example evidenceHash(['p4s2', 'p5s1']) // '#p4s2~p5s1'
 */
export function evidenceHash(sentenceIds: readonly string[]): string {
	const ids = sentenceIds.filter((id) => SENTENCE_ID.test(id));
	return ids.length === 0 ? '' : `#${ids.join('~')}`;
}

/** The sentence ids named by a location hash; anything else in the hash is ignored. */
export function parseEvidenceHash(hash: string): string[] {
	return decodeURIComponent(hash.replace(/^#/, ''))
		.split('~')
		.filter((id) => SENTENCE_ID.test(id));
}

const SENTENCE_ID = /^p\d{1,4}s\d{1,4}$/;
