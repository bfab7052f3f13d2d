import { describe, expect, it } from 'vitest';
import type { Skill } from '../../quiz/question/schema';
import { skillOverview } from './skill-overview';

const tally = (skill: Skill, earned: number, total: number) => ({ skill, earned, total });

describe('skillOverview', () => {
	it('adds up the tallies of one skill before judging it', () => {
		const overview = skillOverview([tally('number', 1, 2), tally('number', 0, 1)]);
		expect(overview.skills).toEqual([{ skill: 'number', earned: 1, total: 3, share: 1 / 3 }]);
		expect(overview.weaknesses).toEqual(['number']);
	});

	it('judges no skill from fewer than three questions', () => {
		const overview = skillOverview([tally('number', 0, 2), tally('geography', 2, 2)]);
		expect(overview).toMatchObject({ strengths: [], weaknesses: [] });
		expect(overview.skills).toHaveLength(2);
	});

	it.each([
		[0.8, 'a strength'],
		[0.6, 'neither'],
		[0.59, 'a weakness']
	])('calls a share of %j %s', (share, verdict) => {
		const { strengths, weaknesses } = skillOverview([tally('number', share * 100, 100)]);
		expect(strengths.length ? 'a strength' : weaknesses.length ? 'a weakness' : 'neither').toBe(
			verdict
		);
	});

	it('orders strongest first, then more questions, then by name; weaknesses weakest first', () => {
		const overview = skillOverview([
			tally('vocabulary', 1, 4),
			tally('number', 0, 3),
			tally('geography', 3, 3),
			tally('cause-effect', 6, 6),
			tally('detail', 0, 3)
		]);
		expect(overview.skills.map((s) => s.skill)).toEqual([
			'cause-effect',
			'geography',
			'vocabulary',
			'detail',
			'number'
		]);
		expect(overview.strengths).toEqual(['cause-effect', 'geography']);
		expect(overview.weaknesses).toEqual(['number', 'detail', 'vocabulary']);
	});

	it('gives a skill with no questions a share of 0', () => {
		expect(skillOverview([tally('number', 0, 0)]).skills[0]?.share).toBe(0);
	});
});
