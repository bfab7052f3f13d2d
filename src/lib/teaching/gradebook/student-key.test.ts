import { describe, expect, it } from 'vitest';
import { displayName, studentKey } from './student-key';

describe('studentKey', () => {
	it('treats names differing only in case and spaces as one student', () => {
		expect(studentKey(' Ana  López ')).toBe(studentKey('ana lópez'));
		expect(studentKey('AnaLópez')).toBe(studentKey('ANA LÓPEZ'));
	});

	it('folds full-width letters and no-break spaces from other keyboards', () => {
		expect(studentKey('Ａｎａ\u00a0López')).toBe(studentKey('Ana López'));
	});

	it('keeps names with different accents apart', () => {
		expect(studentKey('Ana')).not.toBe(studentKey('Aná'));
	});
});

describe('displayName', () => {
	it('trims and collapses spaces', () => {
		expect(displayName('  Ana \t López ')).toBe('Ana López');
	});
});
