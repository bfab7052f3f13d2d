import { pathToFileURL } from 'node:url';
import type { Grade, Response } from '../../src/lib/quiz/question/response';
import { SKILLS } from '../../src/lib/quiz/question/schema';
import {
	buildAttempt,
	dueForReview,
	emptyState,
	moduleStats,
	readStored,
	recordAttempt,
	type ProgressState
} from '../../src/lib/progress/record';
import { ProgressStore } from '../../src/lib/progress/record';
import { PROGRESS_KEY } from '../../src/lib/core/storage';
import { MemoryStorage } from '../../src/lib/core/storage/testing/memory-storage';
import { encodeAttempt, encodeProgress } from '../../src/lib/progress/record/stored-progress';

const ATTEMPT_COUNTS = [100, 1_000];
const QUESTIONS = 20;
const MODULES = 10;
const RUNS = 50;
const T0 = Date.parse('2025-01-01T09:00:00.000Z');
const DAY = 86_400_000;

/** Grades with feedback of a realistic length: most of the stored bytes are these. */
function gradeOf(i: number, attempt: number): Grade {
	const verdict =
		(i + attempt) % 4 === 0 ? 'incorrect' : (i + attempt) % 7 === 0 ? 'partly-correct' : 'correct';
	const score = verdict === 'correct' ? 1 : verdict === 'partly-correct' ? 0.5 : 0;
	return {
		kind: 'scored',
		score,
		correct: verdict === 'correct',
		feedback: {
			verdict,
			message:
				verdict === 'correct'
					? "Correct — accepted 'Rusia' as 'Russia'."
					: 'Not quite: see the evidence.',
			correctAnswer: 'Russia sent about 2,500 troops under the CSTO.'
		}
	};
}

function responseOf(i: number): Response {
	return i % 2
		? { type: 'single-choice', selected: i % 4 }
		: { type: 'short-answer', text: 'Russia' };
}

/** Quizzes of 20 questions over 10 modules, one a day, recorded as a student would. */
export function benchState(attempts = ATTEMPT_COUNTS[0]!): ProgressState {
	let state = emptyState();
	for (let n = 0; n < attempts; n++) {
		const moduleSlug = `module-${n % MODULES}`;
		const questions = Array.from({ length: QUESTIONS }, (_, i) => ({
			id: `question-${i}`,
			skill: SKILLS[i % SKILLS.length] ?? 'detail'
		}));
		const finishedAt = new Date(T0 + n * DAY);
		const attempt = buildAttempt({
			id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
			moduleSlug,
			kind: 'quiz',
			questions,
			responses: Object.fromEntries(questions.map((q, i) => [q.id, responseOf(i)])),
			grades: Object.fromEntries(questions.map((q, i) => [q.id, gradeOf(i, n)])),
			startedAt: new Date(finishedAt.getTime() - 9 * 60_000),
			finishedAt
		});
		state = recordAttempt(state, attempt, finishedAt);
	}
	return state;
}

function medianMs(run: () => void): number {
	const times: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		const start = performance.now();
		run();
		times.push(performance.now() - start);
	}
	times.sort((a, b) => a - b);
	return times[Math.floor(times.length / 2)] ?? 0;
}

/** Prints the stored size of 100 and 1,000 attempts and median load and save times. */
export function runProgressBench(): string[] {
	return ATTEMPT_COUNTS.flatMap(benchAt);
}

function benchAt(attempts: number): string[] {
	const lines: string[] = [];
	const state = benchState(attempts);
	const json = JSON.stringify(encodeProgress(state));
	const utf8 = new TextEncoder().encode(json).length;
	const storage = new MemoryStorage();
	const now = () => new Date(T0 + attempts * DAY);
	// Written as the app writes it, fingerprint included.
	new ProgressStore(storage, now).save(state);
	const perAttempt = Math.round(
		state.attempts.reduce((sum, a) => sum + JSON.stringify(encodeAttempt(a)).length, 0) /
			state.attempts.length
	);

	const parse = medianMs(() => readStored(json));
	const load = medianMs(() => new ProgressStore(storage, now).load());
	const write = medianMs(() =>
		new MemoryStorage().setItem(PROGRESS_KEY, JSON.stringify(encodeProgress(state)))
	);
	const store = new ProgressStore(storage, now);
	store.load();
	const save = medianMs(() => store.save(state));
	const stats = medianMs(() => moduleStats(state, 'module-0'));
	const due = medianMs(() => dueForReview(state, now()));

	const f = (ms: number) => `${ms.toFixed(2)} ms`;
	lines.push(`progress: ${attempts} attempts × ${QUESTIONS} questions, ${MODULES} modules`);
	lines.push(
		`  stored JSON        ${(utf8 / 1024).toFixed(1)} KB UTF-8 (${utf8} bytes); localStorage counts ${((json.length * 2) / 1024).toFixed(1)} KB as UTF-16`
	);
	lines.push(`  per attempt        ${perAttempt} characters (20 questions)`);
	lines.push(
		`  question states    ${Object.keys(state.questionStates).length}, due now: ${dueForReview(state, now()).length}`
	);
	lines.push(
		`  load (median/${RUNS})  ${f(load)}  — its own write (fingerprint matches); checking every entry (readStored) ${f(parse)}`
	);
	lines.push(
		`  save (median/${RUNS})  ${f(save)} — ProgressStore.save; serialise + write alone ${f(write)}`
	);
	lines.push(`  moduleStats ${f(stats)}, dueForReview ${f(due)}`);
	return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
	console.log(runProgressBench().join('\n'));
