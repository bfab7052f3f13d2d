import * as v from 'valibot';
import { QuestionSchema } from '../../quiz/question';

/** A bundled module as `/articles/<slug>.json` serves it: the article and its question set. */
export const BundledArticleSchema = v.object({
	slug: v.string(),
	title: v.string(),
	source: v.string(),
	feedback: v.picklist(['after-each', 'at-end']),
	body: v.string(),
	questions: v.array(QuestionSchema)
});

export type BundledArticle = v.InferOutput<typeof BundledArticleSchema>;

export const bundledArticlePath = (slug: string) => `/articles/${slug}.json` as const;
