import * as v from 'valibot';
import { AttemptSchema, AttemptSummarySchema } from './attempt';
import { QuestionStateSchema } from './question-state';

/** Bump with a new migration in migrations/ and a fixture of the old version in tests/fixtures/progress/. */
export const PROGRESS_VERSION = 3;

/**
 * Everything stored under `lectern.progress`. Invariants kept by every function here:
 * `attempts` and `summaries` are sorted by `finishedAt` (oldest first), and an attempt id appears
 * at most once across both. Per-skill and per-module statistics are derived (module-stats.ts),
 * not stored, so they can never disagree with the attempts.
 */
export const ProgressStateSchema = v.object({
	version: v.literal(PROGRESS_VERSION),
	attempts: v.array(AttemptSchema),
	questionStates: v.record(v.string(), QuestionStateSchema),
	/** Attempts whose details were compacted away to fit in storage. */
	summaries: v.array(AttemptSummarySchema)
});

export type ProgressState = v.InferOutput<typeof ProgressStateSchema>;

/** @example new ProgressStore(null, now).save(emptyState()) */
export const emptyState = (): ProgressState => ({
	version: PROGRESS_VERSION,
	attempts: [],
	questionStates: {},
	summaries: []
});
