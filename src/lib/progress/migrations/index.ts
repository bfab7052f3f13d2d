import { parsedError, parsedOk, type Parsed } from '../../validation/result';
import { migrateV1ToV2 } from './v1-to-v2';

/**
 * `MIGRATIONS[n]` turns stored data of version n into version n + 1. Each step parses its input
 * with that version's own frozen schema, so old data is checked rather than trusted; a fixture of
 * every old version lives in tests/fixtures/progress/.
 */
const MIGRATIONS: Record<number, (data: unknown) => Parsed<unknown>> = {
	1: migrateV1ToV2
};

/**
 * Runs every migration from `version` up to `target`; the result must still pass the current
 * schema. Errors are prefixed with the version whose data was wrong.
 *
 * @example migrate(JSON.parse(v1Text), 1, 2) // { ok: true, value: { version: 2, ... } }
 */
export function migrate(data: unknown, version: number, target: number): Parsed<unknown> {
	let current = data;
	for (let n = version; n < target; n++) {
		const step = Object.hasOwn(MIGRATIONS, n) ? MIGRATIONS[n] : undefined;
		if (!step) return parsedError(`version: ${n} is not a version Lectern ever stored`);
		const result = step(current);
		if (!result.ok) return { ok: false, errors: result.errors.map((e) => `v${n} ${e}`) };
		current = result.value;
	}
	return parsedOk(current);
}
