import type { Question, Skill } from '../../quiz/question';
import type { ChoiceFields } from './choice-fields';
import { numberFromText } from './number-text';
import { linesOf, pairsOf, textOfLines, textOfPairs } from './text-lines';

/**
 * What the question editor's fields hold. Numbers and lists stay as the text the teacher typed, so
 * a half-typed "3." or a new empty line survives until the teacher finishes; `candidateOf` turns the
 * form back into a question for `checkQuestion` to judge. Fields a type does not use stay empty.
 */
export interface QuestionForm extends ChoiceFields {
	/** The question as opened: id, type, difficulty, origin and evidence pass through unchanged. */
	readonly source: Question;
	prompt: string;
	explanation: string;
	skill: Skill;
	/** True/false: whether the statement is true. */
	truth: boolean;
	/** Numeric: the answer, unit and tolerance as typed. */
	answer: string;
	unit: string;
	tolerance: string;
	/** One entry a line; pairs written `left = right`. */
	accepted: string;
	rejected: string;
	items: string;
	pairs: string;
}

/**
 * The editor's starting form for `question`.
 *
 * @example formOf(numericQuestion).answer // '2500'
 */
export function formOf(question: Question): QuestionForm {
	const form: QuestionForm = {
		source: question,
		prompt: question.prompt,
		explanation: question.explanation ?? '',
		skill: question.skill,
		options: [],
		correct: [],
		truth: true,
		answer: '',
		unit: '',
		tolerance: '0',
		accepted: '',
		rejected: '',
		items: '',
		pairs: ''
	};
	switch (question.type) {
		case 'single-choice':
		case 'multiple-choice': {
			const correct =
				question.type === 'single-choice' ? [question.correctIndex] : question.correctIndexes;
			const feedback = question.optionFeedback
				? { optionFeedback: [...question.optionFeedback] }
				: {};
			return { ...form, options: [...question.options], correct: [...correct], ...feedback };
		}
		case 'true-false':
			return { ...form, truth: question.answer };
		case 'numeric':
			return {
				...form,
				answer: String(question.answer),
				unit: question.unit ?? '',
				tolerance: String(question.tolerance ?? 0)
			};
		case 'short-answer':
		case 'cloze':
			return {
				...form,
				accepted: textOfLines(question.accepted),
				rejected: textOfLines(question.rejected ?? [])
			};
		case 'ordering':
			return { ...form, items: textOfLines(question.items) };
		case 'matching':
			return { ...form, pairs: textOfPairs(question.pairs) };
	}
}

/**
 * The question the form describes, not yet checked: it may be invalid, and its `answerText` is the
 * source's until `withAnswerText` recomputes it.
 *
 * @example checkQuestion(withAnswerText(candidateOf({ ...form, prompt: 'Who?' })))
 */
export function candidateOf(form: QuestionForm): Question {
	const source = form.source;
	const explanation = form.explanation.trim();
	const common = {
		id: source.id,
		prompt: form.prompt,
		answerText: source.answerText,
		evidence: source.evidence,
		sentenceIds: source.sentenceIds,
		skill: form.skill,
		difficulty: source.difficulty,
		origin: source.origin,
		...(explanation ? { explanation } : {})
	};
	const feedback = form.optionFeedback ? { optionFeedback: form.optionFeedback } : {};
	switch (source.type) {
		case 'single-choice':
			return {
				...common,
				type: source.type,
				options: form.options,
				// -1 when none is marked: the schema then asks the teacher to choose one.
				correctIndex: form.correct[0] ?? -1,
				...feedback
			};
		case 'multiple-choice':
			return {
				...common,
				type: source.type,
				options: form.options,
				correctIndexes: form.correct,
				...feedback
			};
		case 'true-false':
			return { ...common, type: source.type, options: ['True', 'False'], answer: form.truth };
		case 'numeric': {
			const unit = form.unit.trim();
			const tolerance = form.tolerance.trim() ? numberFromText(form.tolerance) : 0;
			return {
				...common,
				type: source.type,
				answer: numberFromText(form.answer),
				...(unit ? { unit } : {}),
				tolerance
			};
		}
		case 'short-answer':
		case 'cloze':
			return {
				...common,
				type: source.type,
				accepted: linesOf(form.accepted),
				rejected: linesOf(form.rejected)
			};
		case 'ordering':
			return { ...common, type: source.type, items: linesOf(form.items) };
		case 'matching':
			return { ...common, type: source.type, pairs: pairsOf(form.pairs) };
	}
}
