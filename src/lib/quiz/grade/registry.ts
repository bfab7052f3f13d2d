import type { Question, QuestionType, Grade, ResponseOf } from '../question';

import { scoreCloze } from './score-cloze';
import { scoreMatching } from './score-matching';
import { scoreMultipleChoice } from './score-multiple-choice';
import { scoreNumeric } from './score-numeric';
import { scoreOrdering } from './score-ordering';
import { scoreShortAnswer } from './score-short-answer';
import { scoreSingleChoice } from './score-single-choice';
import { scoreTrueFalse } from './score-true-false';

export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;
type Scorer<T extends QuestionType> = (question: QuestionOf<T>, response: ResponseOf<T>) => Grade;

/**
 * One scorer per question type. The mapped type makes a type missing here a compile error, and lets
 * `scorers[type]` be typed as the scorer of exactly that type.
 */
export const scorers: { readonly [T in QuestionType]: Scorer<T> } = {
	'single-choice': scoreSingleChoice,
	'multiple-choice': scoreMultipleChoice,
	'true-false': scoreTrueFalse,
	numeric: scoreNumeric,
	'short-answer': scoreShortAnswer,
	cloze: scoreCloze,
	ordering: scoreOrdering,
	matching: scoreMatching
};
