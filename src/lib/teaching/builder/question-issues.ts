import * as v from 'valibot';
import { CLOZE_BLANK } from '../../quiz/question';
import { describeIssues } from '../../core/validation';

/**
 * Turns the schema's issues about one question into words a teacher acts on ("Option 2: must not
 * be empty"), naming fields as the editor labels them rather than as they are stored
 * ("options.1"). Issues this table does not know fall back to `describeIssues`.
 */

interface QuestionProblem {
	/** The top-level field at fault, so the editor can mark that control invalid. */
	field: string;
	message: string;
}

const LABELS: Record<string, string> = {
	prompt: 'Question text',
	answerText: 'Correct answer',
	explanation: 'Explanation',
	skill: 'Skill',
	options: 'Options',
	correctIndex: 'Correct option',
	correctIndexes: 'Correct options',
	answer: 'Answer',
	unit: 'Unit',
	tolerance: 'Tolerance',
	accepted: 'Accepted answers',
	rejected: 'Rejected answers',
	items: 'Items',
	pairs: 'Pairs',
	evidence: 'Evidence'
};

/** One entry of a list field, as the editor numbers it (from 1). */
const ENTRY: Record<string, string> = {
	options: 'Option',
	accepted: 'Accepted answer',
	rejected: 'Rejected answer',
	items: 'Item',
	pairs: 'Pair',
	evidence: 'Evidence sentence'
};

/** Messages for valibot's default wording ("Invalid length: Expected >=1 but received 0"). */
const SPECIFIC: Record<string, string> = {
	'correctIndex:min_value': 'choose the correct option',
	'correctIndexes:min_length': 'mark at least one option as correct',
	'accepted:min_length': 'write at least one accepted answer',
	'items:min_length': 'needs at least 3 items',
	'pairs:min_length': 'needs at least 2 pairs',
	'tolerance:min_value': 'must be 0 or more',
	'options:check': 'each option must be different'
};

const GENERIC: Record<string, string> = {
	non_empty: 'must not be empty',
	number: 'must be a number',
	/** The editor turns "1e999" into NaN, but a module opened from a file may hold Infinity. */
	finite: 'must be a number',
	integer: 'must be a whole number'
};

/** Checks on the whole question have no path; which field they are about depends on the type. */
function wholeQuestionProblem(type: unknown, issue: v.BaseIssue<unknown>): QuestionProblem {
	if (type === 'cloze')
		return { field: 'prompt', message: `Question text: must contain "${CLOZE_BLANK}" once` };
	if (type === 'single-choice')
		return { field: 'correctIndex', message: 'Correct option: choose one of the options' };
	if (type === 'multiple-choice')
		return { field: 'correctIndexes', message: 'Correct options: choose among the options' };
	return { field: '', message: describeIssues([issue])[0] ?? issue.message };
}

export function questionProblem(issue: v.BaseIssue<unknown>, type: unknown): QuestionProblem {
	const keys = (issue.path ?? []).map((item) => item.key);
	const [field, index, side] = keys;
	if (typeof field !== 'string') return wholeQuestionProblem(type, issue);
	const label = LABELS[field];
	if (!label) return { field, message: describeIssues([issue])[0] ?? issue.message };

	let name = label;
	if (typeof index === 'number') name = `${ENTRY[field] ?? label} ${index + 1}`;
	if (side === 'left' || side === 'right') name += `, ${side} side`;

	const nested = typeof index === 'number';
	const message =
		(nested ? undefined : SPECIFIC[`${field}:${issue.type}`]) ??
		GENERIC[issue.type] ??
		(issue.message.startsWith('Invalid ') ? undefined : issue.message);
	return {
		field,
		message: message ? `${name}: ${message}` : (describeIssues([issue])[0] ?? issue.message)
	};
}
