import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportBackup, parseBackup } from './backup-file';
import { recordAttempt } from './record-attempt';
import { emptyState } from './state';
import { DAY, T0, at, makeAttempt, wrong } from './testing/factories';

const state = () =>
	recordAttempt(emptyState(), makeAttempt({ id: 'a1', grades: { q1: wrong() } }), T0);

describe('backup files', () => {
	it('carries a format marker, the version and the export time', () => {
		const data = JSON.parse(exportBackup(state(), at(DAY)));

		expect(data).toMatchObject({
			format: 'lectern-progress',
			version: 3,
			exportedAt: at(DAY).toISOString()
		});
	});

	it('reads back the state it exported', () => {
		const parsed = parseBackup(exportBackup(state(), at(DAY)));

		expect(parsed).toEqual({
			ok: true,
			value: { state: state(), exportedAt: at(DAY).toISOString(), skipped: [] }
		});
	});

	it('imports a v1 backup by migrating it', () => {
		const v1 = readFileSync(
			new URL('../../../../tests/fixtures/progress/v1.json', import.meta.url),
			'utf8'
		);

		const parsed = parseBackup(v1);

		expect(parsed.ok && parsed.value.migratedFrom).toBe(1);
		expect(parsed.ok && parsed.value.state.attempts).toHaveLength(3);
	});

	it('refuses a file that is not JSON', () => {
		expect(parseBackup('PK\u0003\u0004')).toEqual({
			ok: false,
			errors: ['(top level): this file is not a Lectern backup (it is not JSON)']
		});
	});

	it('refuses a file of another format by its marker', () => {
		const parsed = parseBackup(JSON.stringify({ format: 'anki-deck', version: 2 }));

		expect(parsed).toMatchObject({
			ok: false,
			errors: [expect.stringMatching(/^format: must be "lectern-progress"/)]
		});
	});

	it('tells the student to update Lectern for a backup from a newer version', () => {
		const parsed = parseBackup(JSON.stringify({ format: 'lectern-progress', version: 4 }));

		expect(parsed).toMatchObject({ ok: false, errors: [expect.stringContaining('newer Lectern')] });
	});

	it('imports the good attempts of a damaged backup and lists the skipped one', () => {
		const data = JSON.parse(
			exportBackup(recordAttempt(state(), makeAttempt({ id: 'a2' }), T0), T0)
		);
		data.attempts[1].finishedAt = 'yesterday';

		const parsed = parseBackup(JSON.stringify(data));

		expect(parsed.ok && parsed.value.state.attempts.map((a) => a.id)).toEqual(['a1']);
		expect(parsed.ok && parsed.value.skipped).toHaveLength(1);
	});
});
