import { percent, plural } from '../../core/format';
import type { ScoreKind } from '../record';

/** Size of the chart's coordinate system (the SVG scales to its box; text stays legible). */
export const CHART = {
	width: 480,
	height: 220,
	left: 52,
	right: 20,
	top: 24,
	bottom: 44,
	inset: 16
};

/** Above this many points, point labels would overlap: the table alternative carries the numbers. */
export const MAX_LABELLED_POINTS = 10;

interface ChartPoint {
	x: number;
	y: number;
	/** 1-based position among the module's attempts, oldest first. */
	number: number;
	score: number;
	kind: ScoreKind;
	finishedAt: string;
	/** Shown beside the point, e.g. "85%"; empty when there are too many points to label. */
	label: string;
}

interface ScoreChartGeometry {
	points: ChartPoint[];
	/** Gridlines and labels of the score axis: 0, 25, 50, 75, 100 %. */
	yTicks: { y: number; label: string }[];
	/** Labels of the attempt axis: attempt numbers, thinned out so they never crowd. */
	xTicks: { x: number; label: string }[];
	/** SVG path through the quiz and retry scores in order; empty with fewer than two. */
	quizLine: string;
}

/**
 * Where each score of a module goes on its chart. Attempts are spaced evenly by their order (not
 * by date), so a burst of attempts on one day stays readable; dates are in the labels and table.
 *
 * @example scoreChart([{ finishedAt: '2026-01-01T10:00:00Z', score: 0.5, kind: 'quiz' }]).points[0].y // 122
 */
export function scoreChart(
	scores: readonly { finishedAt: string; score: number; kind: ScoreKind }[]
): ScoreChartGeometry {
	// Points keep `inset` away from the axes, so the first one never sits on the score axis.
	const first = CHART.left + CHART.inset;
	const plotWidth = CHART.width - CHART.right - CHART.inset - first;
	const plotHeight = CHART.height - CHART.top - CHART.bottom;
	const xOf = (index: number) =>
		round(
			scores.length === 1
				? first + plotWidth / 2
				: first + (index / (scores.length - 1)) * plotWidth
		);
	const yOf = (score: number) =>
		round(CHART.top + (1 - Math.min(1, Math.max(0, score))) * plotHeight);
	const labelled = scores.length <= MAX_LABELLED_POINTS;
	const points = scores.map((s, index) => ({
		x: xOf(index),
		y: yOf(s.score),
		number: index + 1,
		score: s.score,
		kind: s.kind,
		finishedAt: s.finishedAt,
		label: labelled ? percent(s.score) : ''
	}));
	const step = Math.max(1, Math.ceil(scores.length / 8));
	// The line follows the module's score: full quizzes and the corrections retries made.
	const quizPoints = points.filter((p) => p.kind !== 'review');
	return {
		points,
		yTicks: [0, 0.25, 0.5, 0.75, 1].map((share) => ({
			y: yOf(share),
			label: `${share * 100}%`
		})),
		xTicks: points
			.filter((p) => (p.number - 1) % step === 0 || p.number === points.length)
			.map((p) => ({ x: p.x, label: String(p.number) })),
		quizLine:
			quizPoints.length < 2
				? ''
				: quizPoints.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ')
	};
}

const round = (n: number): number => Math.round(n * 10) / 10;

/**
 * The chart in one sentence, for its `<desc>`: how many attempts and every score in order.
 *
 * @example describeScores([{ score: 0.4, kind: 'quiz' }, { score: 0.85, kind: 'quiz' }]) // '2 quizzes, oldest first: 40%, 85%.'
 */
export function describeScores(scores: readonly { score: number; kind: ScoreKind }[]): string {
	const quizzes = scores.filter((s) => s.kind === 'quiz').length;
	const retries = scores.filter((s) => s.kind === 'retry').length;
	const reviews = scores.length - quizzes - retries;
	const counts = [
		quizzes ? plural(quizzes, 'quiz', 'quizzes') : '',
		retries ? plural(retries, 'retry', 'retries') : '',
		reviews ? plural(reviews, 'review') : ''
	].filter(Boolean);
	if (counts.length === 0) return 'No attempts yet.';
	const list = scores
		.map(
			(s) =>
				`${percent(s.score)}${s.kind === 'review' ? ' (review)' : s.kind === 'retry' ? ' (after a retry)' : ''}`
		)
		.join(', ');
	return `${counts.join(' and ')}, oldest first: ${list}.`;
}
