import { describe, expect, it } from 'vitest';
import { fullerInArticle, withoutLeadingReason } from './article-phrase';
import { normalizeAnswer } from './normalize-answer';
import { shortAnswer } from '../question/test-factories';
import { gradeResponse } from './grade-response';

const fuller = (response: string, accepted: string[], rejected: string[], evidence: string) =>
	fullerInArticle(normalizeAnswer(response), accepted, rejected, [evidence]);

describe('fullerInArticle', () => {
	it.each([
		[
			'a role with its modifier',
			'campaign director',
			['director'],
			'Sam Okafor, campaign director at the Perth-based Reef Futures Alliance, said the results were grim.'
		],
		[
			'a group with where it lives',
			'residents of Lalbagh',
			['residents'],
			'In the old city, the residents of Lalbagh gathered on rooftops in search of a breeze.'
		],
		[
			'an amount with its unit',
			'38 hours',
			['38'],
			'Some districts went without power for 38 hours.'
		]
	])('accepts %s', (_, response, accepted, evidence) => {
		expect(fuller(response, accepted, [], evidence)).toBe(accepted[0]);
	});

	it.each([
		[
			'a second answer joined by "and"',
			'Russia and China',
			['Russia'],
			[],
			'Kazakhstan borders Russia and China.'
		],
		[
			'another real answer of the article',
			'Russia China',
			['Russia'],
			['China'],
			'Trade runs through Russia China corridors.'
		],
		[
			'words the article does not write together',
			'director of campaigns',
			['director'],
			[],
			'Sam Okafor, campaign director at the alliance, said so.'
		],
		[
			'a number added to a word',
			'2 residents',
			['residents'],
			[],
			'Only 2 residents stayed behind.'
		],
		[
			'more than three added words',
			'campaign director at the perth alliance',
			['director'],
			[],
			'Sam Okafor, campaign director at the Perth alliance, said so.'
		],
		['the key alone (graded as the key)', 'director', ['director'], [], 'He is a director.']
	])('refuses %s', (_, response, accepted, rejected, evidence) => {
		expect(fuller(response, accepted, rejected, evidence)).toBeUndefined();
	});
});

describe('withoutLeadingReason', () => {
	it('drops the "because" a why-answer opens with', () => {
		expect(withoutLeadingReason('because the charge was announced')).toBe(
			'the charge was announced'
		);
		expect(withoutLeadingReason('because of the drought')).toBe('the drought');
	});
	it('keeps an answer that is only the word', () => {
		expect(withoutLeadingReason('because')).toBe('because');
	});
});

describe('typed answers graded against the article', () => {
	const question = shortAnswer({
		prompt: 'Who gathered on rooftops in search of a breeze?',
		accepted: ['residents'],
		rejected: ['police'],
		evidence: ['In Lalbagh, the residents of Lalbagh and police gathered on rooftops.']
	});
	const grade = (text: string) => {
		const result = gradeResponse(question, { type: 'short-answer', text });
		return result.kind === 'scored'
			? { score: result.score, feedback: result.feedback.message }
			: { score: -1, feedback: result.kind };
	};

	it('marks a fuller answer in the article right, naming the key', () => {
		const result = grade('residents of Lalbagh');
		expect(result.score).toBe(1);
		expect(result.feedback).toContain("'residents'");
	});
	it('still marks another real answer wrong', () => {
		expect(grade('police').score).toBe(0);
	});
	it('accepts a why-answer that opens with "because"', () => {
		const why = shortAnswer({
			prompt: 'Why did footfall fall?',
			accepted: ['the charge was announced'],
			evidence: ['Footfall fell because the charge was announced.']
		});
		const result = gradeResponse(why, {
			type: 'short-answer',
			text: 'Because the charge was announced'
		});
		expect(result.kind === 'scored' && result.score).toBe(1);
	});
});
