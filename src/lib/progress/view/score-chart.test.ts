import { describe, expect, it } from 'vitest';
import { CHART, MAX_LABELLED_POINTS, describeScores, scoreChart } from './score-chart';

const quiz = (score: number, day = 1) => ({
	finishedAt: `2026-01-${String(day).padStart(2, '0')}T10:00:00.000Z`,
	score,
	kind: 'quiz' as const
});
const bottom = CHART.height - CHART.bottom;
const firstX = CHART.left + CHART.inset;
const lastX = CHART.width - CHART.right - CHART.inset;

describe('scoreChart', () => {
	it('puts 0% on the bottom edge and 100% on the top edge of the plot', () => {
		const { points } = scoreChart([quiz(0, 1), quiz(1, 2)]);
		expect(points.map((p) => p.y)).toEqual([bottom, CHART.top]);
	});

	it('spreads attempts evenly from left to right, oldest first, clear of the axes', () => {
		const { points } = scoreChart([quiz(0.2, 1), quiz(0.4, 2), quiz(0.6, 3)]);
		expect(points.map((p) => p.x)).toEqual([firstX, (firstX + lastX) / 2, lastX]);
		expect(points.map((p) => p.number)).toEqual([1, 2, 3]);
	});

	it('centres a single attempt and draws no line through it', () => {
		const chart = scoreChart([quiz(0.5)]);
		expect(chart.points[0]?.x).toBe((firstX + lastX) / 2);
		expect(chart.quizLine).toBe('');
	});

	it('labels each point with its percentage', () => {
		expect(scoreChart([quiz(0.846)]).points[0]?.label).toBe('85%');
	});

	it('leaves points unlabelled when there are too many to read', () => {
		const many = Array.from({ length: MAX_LABELLED_POINTS + 1 }, (_, i) => quiz(0.5, i + 1));
		expect(scoreChart(many).points.every((p) => p.label === '')).toBe(true);
	});

	it('joins only quiz scores in the line, since a review score is partial', () => {
		const chart = scoreChart([quiz(0, 1), { ...quiz(1, 2), kind: 'review' }, quiz(1, 3)]);
		expect(chart.quizLine).toBe(`M${firstX} ${bottom} L${lastX} ${CHART.top}`);
	});

	it('thins the attempt axis to at most nine labels, always keeping the last', () => {
		const many = Array.from({ length: 30 }, (_, i) => quiz(0.5, (i % 28) + 1));
		const labels = scoreChart(many).xTicks.map((t) => t.label);
		expect(labels.length).toBeLessThanOrEqual(9);
		expect(labels.at(0)).toBe('1');
		expect(labels.at(-1)).toBe('30');
	});

	it('has score gridlines at every quarter', () => {
		expect(scoreChart([]).yTicks.map((t) => t.label)).toEqual(['0%', '25%', '50%', '75%', '100%']);
	});
});

describe('describeScores', () => {
	it('lists every score in order and marks reviews', () => {
		expect(describeScores([quiz(0.4), { ...quiz(1), kind: 'review' }, quiz(0.85)])).toBe(
			'2 quizzes and 1 review, oldest first: 40%, 100% (review), 85%.'
		);
	});

	it('says when there is nothing to draw', () => {
		expect(describeScores([])).toBe('No attempts yet.');
	});
});
