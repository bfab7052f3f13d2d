import type { Question, Response } from '../question';

/**
 * The student's answer written out for the results page and receipts, e.g. "Russia, China" or
 * "1. Protests; 2. Crackdown". Gives "(no answer)" for a missing or mismatched response.
 *
 * @example describeResponse(question, { type: 'short-answer', text: ' Rusia ' }) // 'Rusia'
 */
export function describeResponse(question: Question, response: Response | undefined): string {
	const none = '(no answer)';
	if (!response || response.type !== question.type) return none;
	switch (response.type) {
		case 'single-choice': {
			const options = (question as Extract<Question, { type: 'single-choice' }>).options;
			return response.selected === null ? none : (options[response.selected] ?? none);
		}
		case 'multiple-choice': {
			const options = (question as Extract<Question, { type: 'multiple-choice' }>).options;
			const chosen = response.selected.flatMap((i) =>
				options[i] === undefined ? [] : [options[i]]
			);
			return chosen.length === 0 ? none : chosen.join(', ');
		}
		case 'true-false':
			return response.selected === null ? none : response.selected ? 'True' : 'False';
		case 'numeric':
		case 'short-answer':
		case 'cloze':
			return response.text.trim() || none;
		case 'ordering': {
			const items = (question as Extract<Question, { type: 'ordering' }>).items;
			return response.order.map((i, k) => `${k + 1}. ${items[i] ?? '?'}`).join('; ') || none;
		}
		case 'matching': {
			const pairs = (question as Extract<Question, { type: 'matching' }>).pairs;
			const lines = pairs.map((pair, i) => {
				const chosen = response.matches[i];
				return `${pair.left} → ${chosen === null || chosen === undefined ? '—' : (pairs[chosen]?.right ?? '—')}`;
			});
			return response.matches.every((m) => m === null) ? none : lines.join('; ');
		}
	}
}
