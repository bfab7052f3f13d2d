import { parsedError, parsedOk, type Parsed } from '../../../core/validation';
import { migrateV1ToV2 } from './v1-to-v2';
import { migrateV2ToV3 } from './v2-to-v3';

/**
 * Data moved up one or more versions, and one line per entry a step left out because it failed
 * its version's schema (one bad attempt must not cost the others).
 */
export type Migrated = { value: unknown; skipped: string[] };

/**
 * `MIGRATIONS[n]` turns stored data of version n into version n + 1. Each step parses its input
 * with that version's own frozen schema, so old data is checked rather than trusted; a fixture of
 * every old version lives in tests/fixtures/progress/.
 */
const MIGRATIONS: Record<number, (data: unknown) => Parsed<Migrated>> = {
	1: migrateV1ToV2,
	2: migrateV2ToV3
};

/**
 * Runs every migration from `version` up to `target`; the result must still pass the current
 * schema. Errors and skipped entries are prefixed with the version whose data was wrong.
 *
 * @example migrate(JSON.parse(v1Text), 1, 2) // { ok: true, value: { value: { version: 2, ... }, skipped: [] } }
 */
export function migrate(data: unknown, version: number, target: number): Parsed<Migrated> {
	let current = data;
	const skipped: string[] = [];
	for (let n = version; n < target; n++) {
		const step = Object.hasOwn(MIGRATIONS, n) ? MIGRATIONS[n] : undefined;
		if (!step) return parsedError(`version: ${n} is not a version Lectern ever stored`);
		const result = step(current);
		if (!result.ok) return { ok: false, errors: result.errors.map((e) => `v${n} ${e}`) };
		current = result.value.value;
		skipped.push(...result.value.skipped.map((line) => `v${n} ${line}`));
	}
	return parsedOk({ value: current, skipped });
}
