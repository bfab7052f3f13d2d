import { candidate, shortAnswer } from '../compose/draft';
import { containsAnswer } from '../text/normalize';
import type { Article, Candidate, QuestionDraft } from '../types';
import { escapeRegExp } from '../text/escape-regexp';

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
					variants,
					[...article.abbreviations.values()].filter((other) => other !== expansion)
				),
				5,
				`abbreviation:${abbreviation}`
			)
		);
	}
	return out;
}

/**
 * Adds the other form wherever an accepted answer uses a phrase the article abbreviates: "LPG" for
 * "liquefied petroleum gas", "the Russian-led CSTO" for "the Russian-led Collective Security Treaty
 * Organisation", and the expansion for the abbreviation. "gas (LPG)" gives both bare forms.
 */
export function withAbbreviations(article: Article, accepted: readonly string[]): string[] {
	const out = [...accepted];
	for (const [abbreviation, expansion] of article.abbreviations) {
		const long = new RegExp(
			`\\b${escapeRegExp(expansion)}(?:\\s*\\(${escapeRegExp(abbreviation)}\\))?(?![\\p{L}\\p{N}])`,
			'iu'
		);
		const short = new RegExp(
			`(?<![\\p{L}\\p{N}])${escapeRegExp(abbreviation)}(?![\\p{L}\\p{N}])`,
			'u'
		);
		for (const answer of accepted) {
			if (long.test(answer)) {
				out.push(answer.replace(long, abbreviation));
				out.push(answer.replace(long, expansion));
			} else if (short.test(answer)) out.push(answer.replace(short, expansion));
		}
	}
	return [...new Map(out.map((a) => [a.toLowerCase(), a])).values()];
}

/** A typed-answer draft accepting the abbreviated and expanded forms, unless the prompt shows one. */
export function acceptAbbreviations(article: Article, draft: QuestionDraft): QuestionDraft {
	if (draft.type !== 'short-answer' && draft.type !== 'cloze') return draft;
	const accepted = withAbbreviations(article, draft.accepted).filter(
		(answer) => draft.accepted.includes(answer) || !containsAnswer(draft.prompt, answer)
	);
	const rejected =
		draft.type === 'cloze'
			? {
					rejected: draft.rejected.filter(
						(r) => !accepted.some((a) => a.toLowerCase() === r.toLowerCase())
					)
				}
			: {};
	return { ...draft, accepted, ...rejected };
}
