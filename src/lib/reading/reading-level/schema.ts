import * as v from 'valibot';

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
/** A formula's value, rounded to one decimal as readability tools publish them; null without words. */
const score = v.nullable(v.pipe(v.number(), v.finite(), v.minValue(-100), v.maxValue(1000)));

/**
 * What Lectern stores of an article's reading level: the counts and the two formulas' values.
 * The grade shown to people and the reading time are derived from these (`describe.ts`), so a
 * clearer wording never needs stored modules to change.
 */
export const ReadingLevelSchema = v.object({
	words: count,
	sentences: count,
	/** Flesch–Kincaid grade level: 0.39 × words per sentence + 11.8 × syllables per word − 15.59. */
	fleschKincaidGrade: score,
	/** Coleman–Liau index: 0.0588 × letters per 100 words − 0.296 × sentences per 100 words − 15.8. */
	colemanLiauIndex: score
});

export type ReadingLevel = v.InferOutput<typeof ReadingLevelSchema>;
