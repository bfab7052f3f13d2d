import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type AssignmentSettings } from '../sharing/assignment';
import { checkSettings, sameSettings, settingsFormOf } from './settings-form';

const form = (over: Partial<AssignmentSettings> = {}) =>
	settingsFormOf({ ...DEFAULT_SETTINGS, ...over });

describe('settingsFormOf and checkSettings', () => {
	it('give back the same settings when nothing is edited', () => {
		const settings: AssignmentSettings = {
			...DEFAULT_SETTINGS,
			attemptsAllowed: 2,
			timeLimitMinutes: 30,
			dueDate: '2025-03-01'
		};
		expect(checkSettings(settingsFormOf(settings))).toEqual({ ok: true, value: settings });
	});

	it('shows "no limit" as an empty box', () => {
		expect(form()).toMatchObject({ attemptsAllowed: '', timeLimitMinutes: '', dueDate: '' });
	});

	it('reads empty attempts, time limit and due date as no limit', () => {
		const result = checkSettings({
			...form({ attemptsAllowed: 3 }),
			attemptsAllowed: ' ',
			timeLimitMinutes: '',
			dueDate: ''
		});
		expect(result).toMatchObject({
			ok: true,
			value: { attemptsAllowed: null, timeLimitMinutes: null, dueDate: null }
		});
	});

	it('reads typed numbers', () => {
		const result = checkSettings({ ...form(), passMark: '75', timeLimitMinutes: '45' });
		expect(result).toMatchObject({ ok: true, value: { passMark: 75, timeLimitMinutes: 45 } });
	});

	it('asks for a pass mark from 0 to 100 when it is empty, too high or not whole', () => {
		for (const passMark of ['', '101', '59.5', 'sixty']) {
			expect(checkSettings({ ...form(), passMark })).toEqual({
				ok: false,
				errors: ['Write a whole number from 0 to 100.'],
				fieldErrors: { passMark: 'Write a whole number from 0 to 100.' }
			});
		}
	});

	it('treats a box the browser could not read as a problem, not as "no limit"', () => {
		const result = checkSettings({ ...form(), attemptsAllowed: '?', dueDate: '?' });
		expect(result.ok ? {} : Object.keys(result.fieldErrors)).toEqual([
			'attemptsAllowed',
			'dueDate'
		]);
	});

	it('reports each invalid field with its own message', () => {
		const result = checkSettings({
			...form(),
			attemptsAllowed: '0',
			timeLimitMinutes: '601',
			dueDate: '2025-02-31x'
		});
		expect(result.ok ? {} : Object.keys(result.fieldErrors)).toEqual([
			'attemptsAllowed',
			'timeLimitMinutes',
			'dueDate'
		]);
	});

	it('lists every message to show, in the order the form asks', () => {
		const result = checkSettings({ ...form(), dueDate: '?', passMark: '' });
		expect(result.ok ? [] : result.errors).toEqual([
			'Write a whole number from 0 to 100.',
			'Choose a real date, or leave it empty for no due date.'
		]);
	});
});

describe('sameSettings', () => {
	it('treats a copy with the same values as the same settings', () => {
		expect(sameSettings(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS })).toBe(true);
	});

	it('tells settings apart by any one field', () => {
		expect(sameSettings(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, dueDate: '2025-01-01' })).toBe(
			false
		);
		expect(sameSettings(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, shuffleOptions: false })).toBe(
			false
		);
	});
});
