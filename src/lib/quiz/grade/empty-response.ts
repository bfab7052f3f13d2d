import type { Question, Response } from '../question';

/**
 * The response a question starts with before the student does anything. Choice and text responses
 * grade as `unanswered`. An ordering starts in the order the quiz displays (pass `displayOrder`,
 * item indexes as in `OrderingResponse.order`; identity by default) and a matching with every item
 * unset; both count as answered once the student submits them, so whether an ordering was submitted
 * is for the quiz to record (a missing response in `gradeQuiz` is unanswered).
 *
 * @example emptyResponse(question) // { type: 'short-answer', text: '' }
 * @example emptyResponse(orderingQuestion, [2, 0, 1]) // { type: 'ordering', order: [2, 0, 1] }
 */
export function emptyResponse(question: Question, displayOrder?: readonly number[]): Response {
	switch (question.type) {
		case 'single-choice':
		case 'true-false':
			return { type: question.type, selected: null };
		case 'multiple-choice':
			return { type: question.type, selected: [] };
		case 'numeric':
		case 'short-answer':
		case 'cloze':
			return { type: question.type, text: '' };
		case 'ordering':
			return {
				type: question.type,
				order: displayOrder ? [...displayOrder] : question.items.map((_, i) => i)
			};
		case 'matching':
			return { type: question.type, matches: question.pairs.map(() => null) };
	}
}
