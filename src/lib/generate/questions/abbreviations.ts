import { candidate, shortAnswer } from '../build/draft';
import type { Article, Candidate } from '../types';

/**
 * "What does LPG stand for?" for every abbreviation the article explains in brackets. British and
 * American spellings of the expansion are both accepted ("Organisation", "Organization").
 */
export function abbreviationQuestions(article: Article): Candidate[] {
	const out: Candidate[] = [];
	for (const [abbreviation, expansion] of article.abbreviations) {
		if (expansion.split(/\s+/).length < 2) continue;
		const sentence = article.sentences.find((s) => s.text.includes(`(${abbreviation})`));
		if (!sentence || sentence.isQuestion) continue;
		const variants = [
			expansion,
			expansion.replace(/isation/g, 'ization'),
			expansion.replace(/ization/g, 'isation')
		];
		out.push(
			...candidate(
				shortAnswer(
					{
						prompt: `In the article, what does the abbreviation “${abbreviation}” stand for?`,
						skill: 'vocabulary',
						evidence: [sentence],
						difficulty: 'medium',
						explanation: `The article writes “${expansion} (${abbreviation})”.`
					},
					variants
				),
				5,
				`abbreviation:${abbreviation}`
			)
		);
	}
	return out;
}

/** Adds "LPG" wherever "liquefied petroleum gas" is accepted, and the other way round. */
export function withAbbreviations(article: Article, accepted: readonly string[]): string[] {
	const out = [...accepted];
	for (const [abbreviation, expansion] of article.abbreviations) {
		for (const answer of accepted) {
			if (answer.toLowerCase() === expansion.toLowerCase()) out.push(abbreviation);
			if (answer === abbreviation) out.push(expansion);
		}
	}
	return [...new Set(out)];
}
