import * as v from 'valibot';
import {
	describeIssues,
	parsedError,
	parsedOk,
	type Parsed,
	parseOutsideJson
} from '../../core/validation';

import { readStoredValue } from './read-stored';
import type { ProgressState } from './state';
import { encodeProgress } from './stored-progress';
import { IsoTimeSchema, toIso } from './time';

/** Marks a file as a Lectern progress backup, so importing some other JSON fails clearly. */
const BACKUP_FORMAT = 'lectern-progress';

/**
 * Largest backup file read: a browser keeps about 5 MB per site, so a real backup is smaller; a
 * larger file is not read at all (reading a 49 MB file froze the page for over a minute).
 */
const MAX_BACKUP_BYTES = 5_000_000;

/**
 * Why a file is not read as a backup before reading it, or undefined.
 *
 * @example backupFileProblem(49_000_000) // 'the file is 49 MB; a Lectern backup is at most 5 MB'
 */
export function backupFileProblem(bytes: number): string | undefined {
	if (bytes <= MAX_BACKUP_BYTES) return undefined;
	return `the file is ${Math.round(bytes / 1_000_000)} MB; a Lectern backup is at most ${MAX_BACKUP_BYTES / 1_000_000} MB`;
}

interface BackupContents {
	state: ProgressState;
	exportedAt: string | null;
	/** The version the file was written in, when older than this Lectern's. */
	migratedFrom?: number;
	/** Entries of the file that failed their schema and were left out, one line each. */
	skipped: string[];
}

/**
 * The student's progress as a downloadable file: the stored format (with its `version`) plus a
 * format marker and the export time.
 *
 * @example exportBackup(state, new Date()) // '{"format":"lectern-progress","exportedAt":"…","version":2,…}'
 */
export function exportBackup(state: ProgressState, now: Date): string {
	return JSON.stringify({
		format: BACKUP_FORMAT,
		exportedAt: toIso(now),
		...encodeProgress(state)
	});
}

const HeaderSchema = v.object({
	format: v.optional(v.literal(BACKUP_FORMAT, `must be "${BACKUP_FORMAT}"`)),
	exportedAt: v.optional(IsoTimeSchema)
});

/**
 * Reads a backup file, migrating older versions. Also accepts the bare stored value (no marker),
 * which is what a copy set aside in storage holds. Entries that fail their schema are left out and
 * listed in `skipped`, so one damaged attempt does not block the rest.
 *
 * @example parseBackup(await file.text()) // { ok: true, value: { state, skipped: [] } }
 */
export function parseBackup(text: string): Parsed<BackupContents> {
	let data: unknown;
	try {
		data = parseOutsideJson(text);
	} catch {
		return parsedError('(top level): this file is not a Lectern backup (it is not JSON)');
	}
	const header = v.safeParse(HeaderSchema, data, { abortPipeEarly: true });
	if (!header.success) return { ok: false, errors: describeIssues(header.issues) };
	const read = readStoredValue(data);
	switch (read.kind) {
		case 'empty':
		case 'unreadable':
			return read.kind === 'empty'
				? parsedError('(top level): is empty')
				: parsedError(...read.errors);
		case 'future':
			return parsedError(
				`version: this backup was made by a newer Lectern (format version ${read.version}); update Lectern to import it`
			);
		case 'ok':
			return parsedOk({
				state: read.state,
				exportedAt: header.output.exportedAt ?? null,
				...(read.migratedFrom ? { migratedFrom: read.migratedFrom } : {}),
				skipped: read.skipped
			});
	}
}
