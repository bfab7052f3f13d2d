import type { Question, QuestionType, ResponseOf } from '$lib/quiz/question';

/** What every answer component takes: a question of its types, the response so far, a change. */
export type AnswerProps<T extends QuestionType> = {
	question: Extract<Question, { type: T }>;
	response: ResponseOf<T>;
	disabled: boolean;
	onchange: (response: ResponseOf<T>) => void;
};

/** What a choice question's options also take. */
export type ChoiceProps = {
	/** Display order of the options (indexes into `options`); answers still use the indexes. */
	optionOrder?: readonly number[];
	/** The answer was checked: mark the student's choices and the right options. */
	revealed?: boolean;
};
