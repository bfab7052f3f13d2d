import { describe, expect, it } from 'vitest';
import { backupFileName, fileNamePart } from './file-name';

describe('fileNamePart', () => {
	it.each([
		['Ana López', 'ana-lopez'],
		['../../etc/passwd', 'etc-passwd'],
		['Zoë O’Brien-Smith', 'zoe-o-brien-smith'],
		['Андрей Петров', 'андрей-петров'],
		['  ***  ', ''],
		['a'.repeat(200), 'a'.repeat(40)],
		['😀'.repeat(50), '']
	])('makes %j into %j', (text, part) => {
		expect(fileNamePart(text, 40)).toBe(part);
	});
});

describe('backupFileName', () => {
	it.each([
		[new Date('2026-03-01T23:30:00Z'), undefined, 'lectern-progress-2026-03-01.json'],
		[new Date('2026-03-01T09:00:00Z'), 'saved-copy', 'lectern-saved-copy-2026-03-01.json']
	])('names a backup made at %s by its UTC date', (now, label, name) => {
		expect(backupFileName(now, label)).toBe(name);
	});
});
