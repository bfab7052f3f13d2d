import { CLOZE_BLANK, type Question, type QuestionType, type Skill } from '../../quiz/question';
import { withAnswerText } from './answer-text';

/**
 * A question a teacher adds by hand starts valid, so it is saved at once and every later keystroke
 * can be checked against the schema. Its placeholder text says what to write where; the teacher
 * replaces it. Evidence stays empty: authored questions need not cite the article.
 */

const SKILL: Record<QuestionType, Skill> = {
	'single-choice': 'detail',
	'multiple-choice': 'detail',
	'true-false': 'detail',
	numeric: 'number',
	'short-answer': 'detail',
	cloze: 'vocabulary',
	ordering: 'sequence',
	matching: 'detail'
};

const PROMPT: Partial<Record<QuestionType, string>> = {
	'true-false': 'Write a statement about the article here.',
	cloze: `Write a sentence from the article here, with ${CLOZE_BLANK} where the missing word goes.`,
	ordering: 'Put these events in the order they happened.',
	matching: 'Match each item with its partner.'
};

/**
 * A valid starting question of `type` with placeholder text, origin "authored".
 *
 * @example blankQuestion('true-false', 'own-1').answerText // 'True'
 */
export function blankQuestion(type: QuestionType, id: string): Question {
	return withAnswerText(
		startOf(type, {
			id,
			prompt: PROMPT[type] ?? 'Write your question here.',
			answerText: '',
			evidence: [],
			sentenceIds: [],
			skill: SKILL[type],
			difficulty: 'medium',
			origin: 'authored'
		})
	);
}

/** The fields every type shares (`Omit` of a union keeps only those). */
type Common = Omit<Question, 'type'>;

function startOf(type: QuestionType, common: Common): Question {
	switch (type) {
		case 'single-choice':
			return { ...common, type, options: ['Option 1', 'Option 2', 'Option 3'], correctIndex: 0 };
		case 'multiple-choice':
			return {
				...common,
				type,
				options: ['Option 1', 'Option 2', 'Option 3', 'Option 4'],
				correctIndexes: [0, 1]
			};
		case 'true-false':
			return { ...common, type, options: ['True', 'False'], answer: true };
		case 'numeric':
			return { ...common, type, answer: 1, tolerance: 0 };
		case 'short-answer':
			return { ...common, type, accepted: ['Answer'], rejected: [] };
		case 'cloze':
			return { ...common, type, accepted: ['word'], rejected: [] };
		case 'ordering':
			return { ...common, type, items: ['First event', 'Second event', 'Third event'] };
		case 'matching':
			return {
				...common,
				type,
				pairs: [
					{ left: 'Item 1', right: 'Match 1' },
					{ left: 'Item 2', right: 'Match 2' }
				]
			};
	}
}

const OWN_ID = /^own-(\d+)$/;

/**
 * The next free id for a hand-written question: `own-` and one more than the highest number in use,
 * so an id deleted from the middle is not handed to a different question. The id does not name the
 * type; `_type` is accepted so callers may pass it, and ignored.
 *
 * @example newQuestionId([{ id: 'q-1a2b' }, { id: 'own-2' }], 'cloze') // 'own-3'
 */
export function newQuestionId(
	existing: readonly Pick<Question, 'id'>[],
	_type?: QuestionType
): string {
	const highest = Math.max(0, ...existing.map((q) => Number(OWN_ID.exec(q.id)?.[1] ?? 0)));
	return `own-${highest + 1}`;
}

/**
 * A new question as the teacher first sees it: its text fields empty (the editor shows what to
 * write where as placeholders), so it cannot be saved, or reach students, until it is written.
 * Ordering and matching keep their instruction, which rarely needs changing.
 *
 * @example emptyQuestion('single-choice', 'own-3').prompt // ''
 */
export function emptyQuestion(type: QuestionType, id: string): Question {
	const start = blankQuestion(type, id);
	const prompt = type === 'ordering' || type === 'matching' ? start.prompt : '';
	switch (start.type) {
		case 'single-choice':
		case 'multiple-choice':
			return { ...start, prompt, answerText: '', options: start.options.map(() => '') };
		case 'short-answer':
		case 'cloze':
			return { ...start, prompt, answerText: '', accepted: [''] };
		case 'ordering':
			return { ...start, prompt, answerText: '', items: start.items.map(() => '') };
		case 'matching':
			return {
				...start,
				prompt,
				answerText: '',
				pairs: start.pairs.map(() => ({ left: '', right: '' }))
			};
		default:
			return { ...start, prompt };
	}
}

/** What to write where, shown in a new question's empty fields. */
export const PLACEHOLDER = {
	prompt: (type: QuestionType) => PROMPT[type] ?? 'Write your question here.',
	option: (index: number) => `Option ${index + 1}`,
	item: (index: number) => `Event ${index + 1}`
};
