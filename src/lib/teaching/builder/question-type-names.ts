import type { QuestionType } from '../../quiz/question';

const NAMES: Record<QuestionType, string> = {
	'single-choice': 'Single choice',
	'multiple-choice': 'Multiple choice',
	'true-false': 'True or false',
	numeric: 'Number',
	'short-answer': 'Short answer',
	cloze: 'Fill in the blank',
	ordering: 'Put in order',
	matching: 'Match pairs'
};

/**
 * What a teacher reads for a question type, never the stored id.
 *
 * @example questionTypeName('cloze') // 'Fill in the blank'
 */
export const questionTypeName = (type: QuestionType): string => NAMES[type];
