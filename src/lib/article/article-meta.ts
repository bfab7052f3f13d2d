import * as v from 'valibot';

const isoDate = v.pipe(
	v.union([v.string(), v.date()], 'must be a date written YYYY-MM-DD'),
	// YAML turns an unquoted 2022-01-07 into a Date; keep the plain calendar date either way.
	v.transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value.trim())),
	v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
	v.check((value) => !Number.isNaN(Date.parse(value)), 'must be a real calendar date')
);

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
	published: isoDate,
	tags: v.optional(v.array(v.pipe(v.string('must be text'), v.trim(), v.nonEmpty())), []),
	readingLevel: v.optional(v.pipe(v.string('must be text'), v.trim(), v.nonEmpty())),
	/** When students see whether they were right: after each question (default) or on the results page. */
	feedback: v.optional(
		v.picklist(['after-each', 'at-end'], 'must be "after-each" or "at-end"'),
		'after-each'
	)
});

export type ArticleMeta = v.InferOutput<typeof ArticleMetaSchema>;
