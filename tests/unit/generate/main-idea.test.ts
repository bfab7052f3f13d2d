import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sentenceCentrality } from '../../../src/lib/reading/generate/facts/centrality';
import {
	mainIdeaQuestions,
	statementOf
} from '../../../src/lib/reading/generate/questions/main-idea';
import { prepareArticle } from '../../../src/lib/reading/generate/prepare';

describe('main-idea wrong options', () => {
	it.each(['harbour-deal', 'sleep-study', 'valley-floods'])(
		'come from the less central sentences of %s, so none could be argued to be the main idea',
		(name) => {
			const text = readFileSync(`tests/fixtures/articles/${name}.txt`, 'utf8');
			const { article } = prepareArticle(text);
			const [question] = mainIdeaQuestions(article).map((c) => c.draft);
			if (question?.type !== 'single-choice') throw new Error('no main-idea question');
			const centrality = sentenceCentrality(article.sentences);
			const ranks = [...centrality.values()].sort((a, b) => b - a);
			const central = ranks[Math.floor(ranks.length * 0.3)]!;
			const mostCentral = article.sentences
				.filter((s) => (centrality.get(s.id) ?? 0) >= central)
				.map(statementOf);
			const wrong = question.options.filter((_, i) => i !== question.correctIndex);
			expect(wrong.length).toBeGreaterThanOrEqual(2);
			for (const option of wrong) expect(mostCentral).not.toContain(option);
		}
	);
});
