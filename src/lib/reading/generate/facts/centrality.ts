import type { ArticleSentence, Term } from '../types';

/** Words that carry no topic: function words and reporting verbs every news article repeats. */
const NO_TOPIC =
	/^(?:be|is|are|was|were|been|being|am|has|have|had|do|does|did|say|said|says|tell|told|also|would|could|should|will|can|may|might|must|not|more|most|other|some|such|many|much|one|two|new|last|first|year|years|time|week|month|day|people|mr|mrs|ms|dr)$/;

/** The lemma-ish form of a content word: lowercase, a plural or possessive "s" dropped. */
function stem(term: Term): string {
	return term.normal
		.replace(/['’]s$/, '')
		.replace(/(?<=[a-z]{3})(?:ies)$/, 'y')
		.replace(/(?<=[a-z]{3})s$/, '');
}

/** Nouns, names, adjectives, numbers and main verbs: what a sentence is about. */
export function contentWords(sentence: ArticleSentence): Set<string> {
	const words = new Set<string>();
	for (const term of sentence.terms) {
		const tags = term.tags;
		if (tags.has('Pronoun') || tags.has('Determiner') || tags.has('Preposition')) continue;
		if (tags.has('Auxiliary') || tags.has('Copula') || tags.has('Conjunction')) continue;
		const topical =
			tags.has('Noun') || tags.has('Adjective') || tags.has('Value') || tags.has('Verb');
		const word = stem(term);
		if (topical && word.length > 1 && !NO_TOPIC.test(word)) words.add(word);
	}
	return words;
}

/**
 * TextRank over sentences (Mihalcea & Tarau, 2004): a sentence is central when it shares words with
 * other central sentences. News repeats its main event and actors across paragraphs, so the
 * sentences that state them outrank asides (a weekday, an affiliation, a photo detail) that share
 * words with nothing. Returns a score in [0, 1] per sentence id (1 for the most central).
 *
 * @example sentenceCentrality(article.sentences).get('p1s1') // e.g. 0.92
 */
export function sentenceCentrality(sentences: readonly ArticleSentence[]): Map<string, number> {
	const words = sentences.map(contentWords);
	const n = sentences.length;
	const weights: number[][] = words.map(() => new Array<number>(n).fill(0));
	for (let i = 0; i < n; i += 1) {
		for (let j = i + 1; j < n; j += 1) {
			const a = words[i]!;
			const b = words[j]!;
			if (a.size < 2 || b.size < 2) continue;
			let shared = 0;
			for (const word of a) if (b.has(word)) shared += 1;
			const similarity = shared / (Math.log(a.size) + Math.log(b.size));
			weights[i]![j] = similarity;
			weights[j]![i] = similarity;
		}
	}
	const outSums = weights.map((row) => row.reduce((sum, w) => sum + w, 0));
	let scores = new Array<number>(n).fill(1);
	const damping = 0.85;
	for (let iteration = 0; iteration < 30; iteration += 1) {
		scores = scores.map((_, i) => {
			let incoming = 0;
			for (let j = 0; j < n; j += 1) {
				const w = weights[j]![i]!;
				if (w > 0) incoming += (w / outSums[j]!) * scores[j]!;
			}
			return 1 - damping + damping * incoming;
		});
	}
	const max = Math.max(...scores, 1e-9);
	const min = Math.min(...scores);
	return new Map(sentences.map((s, i) => [s.id, max > min ? (scores[i]! - min) / (max - min) : 1]));
}

/** How often each content word occurs across the article: recurring words name its topic. */
export function wordFrequencies(sentences: readonly ArticleSentence[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const sentence of sentences)
		for (const word of contentWords(sentence)) counts.set(word, (counts.get(word) ?? 0) + 1);
	return counts;
}
