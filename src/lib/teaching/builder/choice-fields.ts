/**
 * The options of a single- or multiple-choice question while the teacher edits them. Adding or
 * removing an option keeps `correct` and `optionFeedback` pointing at the same options, since both
 * refer to options by index.
 */
export interface ChoiceFields {
	options: string[];
	/** Indexes of the correct options, ascending; single choice keeps at most one. */
	correct: number[];
	/** Same length as `options` when present (see `optionFeedback` in the question schema). */
	optionFeedback?: (string | null)[];
}

/** A new empty option at the end; the schema asks for its text until the teacher writes it. */
export function withOptionAdded(fields: ChoiceFields): ChoiceFields {
	return {
		...fields,
		options: [...fields.options, ''],
		...(fields.optionFeedback ? { optionFeedback: [...fields.optionFeedback, null] } : {})
	};
}

/**
 * Removes the option at `index`. If it was the correct one, no option is correct until the teacher
 * picks one: guessing another would save a wrong answer key.
 *
 * @example withOptionRemoved({ options: ['a', 'b', 'c'], correct: [2] }, 0) // { options: ['b', 'c'], correct: [1] }
 */
export function withOptionRemoved(fields: ChoiceFields, index: number): ChoiceFields {
	const keep = (_: unknown, i: number) => i !== index;
	return {
		...fields,
		options: fields.options.filter(keep),
		correct: fields.correct.filter((i) => i !== index).map((i) => (i > index ? i - 1 : i)),
		...(fields.optionFeedback ? { optionFeedback: fields.optionFeedback.filter(keep) } : {})
	};
}

export function withOptionText(fields: ChoiceFields, index: number, text: string): ChoiceFields {
	return { ...fields, options: fields.options.map((o, i) => (i === index ? text : o)) };
}

/**
 * Marks option `index` correct or not. With `single`, marking one correct unmarks the others.
 *
 * @example withCorrect({ options: ['a', 'b'], correct: [0] }, 1, true, true).correct // [1]
 */
export function withCorrect(
	fields: ChoiceFields,
	index: number,
	on: boolean,
	single: boolean
): ChoiceFields {
	const others = single ? [] : fields.correct.filter((i) => i !== index);
	const correct = on ? [...others, index].sort((a, b) => a - b) : others;
	return { ...fields, correct };
}
