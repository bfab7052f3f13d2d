import { normalizeAnswer } from '../../quiz/grade';
import type { Grade, Response, Question } from '../../quiz/question';

import { describeResponse } from '../../quiz/session';

/** A wrong answer as counted (`key`) and as shown (`label`). */
type WrongAnswer = { key: string; label: string };

/**
 * What was wrong in one student's answer, for "most chosen wrong answer". Choice questions count
 * each wrong option picked (a multiple-answer response can pick several); typed answers count
 * their normalised text, so "the Kremlin" and "Kremlin!" are one answer; ordering and matching
 * count the whole arrangement in words. A right, unanswered or ungradable answer has none.
 *
 * @example wrongAnswers(singleChoice, { type: 'single-choice', selected: 1 }, grade) // [{ key: 'option 1', label: 'China' }]
 */
export function wrongAnswers(
	question: Question,
	response: Response | undefined,
	grade: Grade | undefined
): WrongAnswer[] {
	if (!response || grade?.kind !== 'scored' || grade.correct) return [];
	if (question.type === 'single-choice' && response.type === 'single-choice') {
		return optionAnswers(question.options, response.selected === null ? [] : [response.selected]);
	}
	if (question.type === 'multiple-choice' && response.type === 'multiple-choice') {
		const right = new Set(question.correctIndexes);
		return optionAnswers(
			question.options,
			[...new Set(response.selected)].filter((i) => !right.has(i))
		);
	}
	if (response.type === 'true-false') {
		return response.selected === null
			? []
			: [{ key: String(response.selected), label: response.selected ? 'True' : 'False' }];
	}
	if (
		response.type === 'numeric' ||
		response.type === 'short-answer' ||
		response.type === 'cloze'
	) {
		const key = normalizeAnswer(response.text);
		return key === '' ? [] : [{ key, label: response.text.replace(/\s+/g, ' ').trim() }];
	}
	const label = describeResponse(question, response);
	return [{ key: label, label }];
}

function optionAnswers(options: readonly string[], indexes: readonly number[]): WrongAnswer[] {
	return indexes.flatMap((i) => {
		const label = options[i];
		return label === undefined ? [] : [{ key: `option ${i}`, label }];
	});
}
