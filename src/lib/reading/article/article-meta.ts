import * as v from 'valibot';
import { LooseCalendarDateSchema } from '../../core/validation';
import { FeedbackModeSchema } from '../../quiz/question';

/** The front matter of `questions/<slug>/article.md`. */
export const ArticleMetaSchema = v.strictObject({
	title: v.pipe(
		v.string('must be text'),
		v.trim(),
		v.nonEmpty('must not be empty'),
		v.maxLength(200)
	),
	source: v.pipe(
		v.string('must be text'),
		v.trim(),
		v.nonEmpty('must name where the article comes from')
	),
	sourceUrl: v.optional(v.pipe(v.string(), v.url('must be a full URL'))),
	published: LooseCalendarDateSchema,
	tags: v.optional(v.array(v.pipe(v.string('must be text'), v.trim(), v.nonEmpty())), []),
	readingLevel: v.optional(v.pipe(v.string('must be text'), v.trim(), v.nonEmpty())),
	/** When students see whether they were right: after each question (default) or on the results page. */
	feedback: v.optional(FeedbackModeSchema, 'after-each')
});

export type ArticleMeta = v.InferOutput<typeof ArticleMetaSchema>;
