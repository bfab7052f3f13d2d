import * as v from 'valibot';
import { describeIssues, describeIssuesOf } from '../../core/validation';
import { AttemptSummarySchema, type Attempt, type AttemptSummary } from './attempt';
import { migrate } from './migrations';
import { byFinishedAt } from './order';
import type { QuestionState } from './question-state';
import { PROGRESS_VERSION, type ProgressState } from './state';
import { StoredAttemptSchema, StoredQuestionStateSchema } from './stored-progress';

/** What stored progress turned out to be. */
type StoredRead =
	| { kind: 'empty' }
	/** `skipped` lists entries that failed their schema and were left out: keep a backup then. */
	| { kind: 'ok'; state: ProgressState; migratedFrom?: number; skipped: string[] }
	| { kind: 'unreadable'; errors: string[] }
	/** Written by a newer Lectern: must not be overwritten by this one. */
	| { kind: 'future'; version: number };

const VersionSchema = v.object({ version: v.pipe(v.number(), v.integer(), v.minValue(1)) });

/** The current format with its entries left unchecked, so one bad entry does not cost the rest. */
const EnvelopeSchema = v.object({
	version: v.literal(PROGRESS_VERSION),
	attempts: v.array(v.unknown()),
	questionStates: v.record(v.string(), v.unknown()),
	summaries: v.array(v.unknown())
});

/**
 * Parses the text stored under the progress key: JSON, then version (migrating old versions),
 * then each attempt, summary and question state on its own.
 *
 * @example readStored(storage.getItem(PROGRESS_KEY)) // { kind: 'ok', state, skipped: [] }
 */
export function readStored(raw: string | null): StoredRead {
	if (raw === null) return { kind: 'empty' };
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		return { kind: 'unreadable', errors: [`(top level): is not valid JSON: ${reason}`] };
	}
	return readStoredValue(data);
}

/** `readStored` for a value already parsed from JSON (e.g. the inside of a backup file). */
export function readStoredValue(data: unknown): StoredRead {
	const versioned = v.safeParse(VersionSchema, data);
	if (!versioned.success) return { kind: 'unreadable', errors: describeIssues(versioned.issues) };
	const { version } = versioned.output;
	if (version > PROGRESS_VERSION) return { kind: 'future', version };
	const migrated = migrate(data, version, PROGRESS_VERSION);
	if (!migrated.ok) return { kind: 'unreadable', errors: migrated.errors };
	const envelope = v.safeParse(EnvelopeSchema, migrated.value.value, { abortPipeEarly: true });
	if (!envelope.success) return { kind: 'unreadable', errors: describeIssues(envelope.issues) };

	// Entries an old version's migration left out come first: they were the first to fail.
	const skipped: string[] = [...migrated.value.skipped];
	const attempts = uniqueById(
		parseEach(envelope.output.attempts, StoredAttemptSchema, 'attempts', skipped),
		new Set(),
		skipped
	);
	const summaries = uniqueById(
		parseEach(envelope.output.summaries, AttemptSummarySchema, 'summaries', skipped),
		new Set(attempts.map((a) => a.id)),
		skipped
	);
	const questionStates: Record<string, QuestionState> = {};
	for (const [key, value] of Object.entries(envelope.output.questionStates)) {
		const parsed = v.safeParse(StoredQuestionStateSchema, value, { abortPipeEarly: true });
		if (parsed.success && key.includes('/')) questionStates[key] = parsed.output;
		else if (parsed.success) skipped.push(`questionStates.${key}: is not a "module/question" key`);
		else skipped.push(describeIssuesOf(`questionStates.${key}`, parsed.issues).join('; '));
	}
	const state: ProgressState = {
		version: PROGRESS_VERSION,
		attempts: attempts.sort(byFinishedAt),
		questionStates,
		summaries: summaries.sort(byFinishedAt)
	};
	return version < PROGRESS_VERSION
		? { kind: 'ok', state, migratedFrom: version, skipped }
		: { kind: 'ok', state, skipped };
}

function parseEach<T>(
	values: readonly unknown[],
	schema: v.GenericSchema<unknown, T>,
	label: string,
	skipped: string[]
): T[] {
	const parsed: T[] = [];
	values.forEach((value, index) => {
		const result = v.safeParse(schema, value, { abortPipeEarly: true });
		if (result.success) parsed.push(result.output);
		// One line per entry left out, however many fields it got wrong: notices count entries.
		else skipped.push(describeIssuesOf(`${label}[${index}]`, result.issues).join('; '));
	});
	return parsed;
}

/** Keeps the first record of each id, and none whose id is already taken by a detailed attempt. */
function uniqueById<T extends Attempt | AttemptSummary>(
	records: readonly T[],
	taken: Set<string>,
	skipped: string[]
): T[] {
	const kept: T[] = [];
	for (const record of records) {
		if (taken.has(record.id)) {
			skipped.push(`attempt "${record.id}": appears more than once`);
			continue;
		}
		taken.add(record.id);
		kept.push(record);
	}
	return kept;
}
