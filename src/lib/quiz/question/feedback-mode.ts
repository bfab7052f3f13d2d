import * as v from 'valibot';

/**
 * When a student sees whether an answer was right: as soon as they check each question, or only on
 * the results page once they submit. Article front matter, a teacher's settings and the bundled
 * module's JSON all name it with these words, so changing one changes stored and shared modules.
 */
export const FeedbackModeSchema = v.picklist(
	['after-each', 'at-end'],
	'must be "after-each" or "at-end"'
);

export type FeedbackMode = v.InferOutput<typeof FeedbackModeSchema>;
