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
	return safelyDecoded(hash.replace(/^#/, ''))
		.split('~')
		.filter((id) => SENTENCE_ID.test(id));
}

/** A hand-typed or cut-off `%` ("#p1s1%") is not an escape: read the hash as written. */
function safelyDecoded(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

const SENTENCE_ID = /^p\d{1,4}s\d{1,4}$/;
