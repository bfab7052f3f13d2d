import type { ArticleSentence } from '../types';

/** Words a name's abbreviation skips: "Bank of England (BoE)". */
export const SMALL_WORDS = new Set(['of', 'and', 'the', 'for', 'in', 'on', '&', 'de', 'to']);

/**
 * Finds abbreviations the article explains in brackets: "liquefied petroleum gas (LPG)" gives
 * LPG → "liquefied petroleum gas". The expansion is the shortest run of words before the bracket
 * whose initials spell the abbreviation (small words like "of" may be skipped).
 */
export function findAbbreviations(sentences: readonly ArticleSentence[]): Map<string, string> {
	const found = new Map<string, string>();
	const pattern = /\(([A-Z][A-Za-z0-9&]{1,9})\)/g;
	for (const sentence of sentences) {
		pattern.lastIndex = 0;
		for (let m = pattern.exec(sentence.text); m; m = pattern.exec(sentence.text)) {
			const abbreviation = m[1]!;
			const letters = abbreviation.replace(/[^A-Za-z]/g, '').toLowerCase();
			if (letters.length < 2 || found.has(abbreviation)) continue;
			const before = sentence.text.slice(0, m.index).trimEnd().split(/\s+/);
			const expansion = matchInitials(before, letters);
			if (expansion) found.set(abbreviation, expansion);
		}
	}
	return found;
}

function matchInitials(words: readonly string[], letters: string): string | undefined {
	for (let take = 1; take <= Math.min(words.length, letters.length * 2 + 1); take += 1) {
		const candidate = words.slice(words.length - take);
		const initials = candidate
			.flatMap((word) => word.split('-'))
			.filter((part) => !SMALL_WORDS.has(part.toLowerCase()))
			.map((part) =>
				part
					.replace(/^[^\p{L}]+/u, '')
					.charAt(0)
					.toLowerCase()
			)
			.join('');
		const clean = candidate.join(' ').replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
		if (initials === letters) return clean;
		// "Russian-led Collective Security…": a hyphenated lead word may be outside the initials.
		const lastInitials = candidate
			.map((word) =>
				word
					.replace(/^[^\p{L}]+/u, '')
					.charAt(0)
					.toLowerCase()
			)
			.join('');
		if (lastInitials === letters && !SMALL_WORDS.has(candidate[0]!.toLowerCase())) return clean;
	}
	return undefined;
}
