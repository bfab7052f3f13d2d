import * as v from 'valibot';
import { AssignmentSettingsSchema, type AssignmentSettings } from '../sharing';
import type { Parsed } from '../../core/validation';
import { numberFromText } from './number-text';

/**
 * The settings form's fields as typed. An empty attempts, time-limit or due-date box means "no
 * limit" (null in the settings); an empty pass mark is a problem, since every module has one.
 */
export interface SettingsForm {
	shuffleQuestions: boolean;
	shuffleOptions: boolean;
	passMark: string;
	attemptsAllowed: string;
	feedback: AssignmentSettings['feedback'];
	timeLimitMinutes: string;
	dueDate: string;
	countedAttempt: AssignmentSettings['countedAttempt'];
}

export type SettingsField = keyof AssignmentSettings;

/** A failure's `fieldErrors` puts each message beside its field; `errors` lists them in form order. */
type CheckedSettings = Parsed<
	AssignmentSettings,
	{ fieldErrors: Partial<Record<SettingsField, string>> }
>;

const MESSAGES: Record<SettingsField, string> = {
	shuffleQuestions: 'Choose whether to shuffle the questions.',
	shuffleOptions: 'Choose whether to shuffle the options.',
	passMark: 'Write a whole number from 0 to 100.',
	attemptsAllowed: 'Write a whole number from 1 to 99, or leave it empty for unlimited attempts.',
	feedback: 'Choose when students see feedback.',
	timeLimitMinutes: 'Write whole minutes from 1 to 600, or leave it empty for no time limit.',
	dueDate: 'Choose a real date, or leave it empty for no due date.',
	countedAttempt: 'Choose which attempt counts.'
};

const isField = (key: unknown): key is SettingsField =>
	typeof key === 'string' && Object.hasOwn(MESSAGES, key);

const orNull = <T>(text: string, read: (text: string) => T): T | null =>
	text.trim() ? read(text) : null;

/** @example settingsFormOf(DEFAULT_SETTINGS).attemptsAllowed // '' */
export function settingsFormOf(settings: AssignmentSettings): SettingsForm {
	return {
		shuffleQuestions: settings.shuffleQuestions,
		shuffleOptions: settings.shuffleOptions,
		passMark: String(settings.passMark),
		attemptsAllowed: settings.attemptsAllowed === null ? '' : String(settings.attemptsAllowed),
		feedback: settings.feedback,
		timeLimitMinutes: settings.timeLimitMinutes === null ? '' : String(settings.timeLimitMinutes),
		dueDate: settings.dueDate ?? '',
		countedAttempt: settings.countedAttempt
	};
}

/**
 * Checks the form against `AssignmentSettingsSchema`; problems come back per field, one message each.
 *
 * @example checkSettings({ ...form, passMark: '120' })
 * // { ok: false, errors: ['Write a whole number from 0 to 100.'],
 * //   fieldErrors: { passMark: 'Write a whole number from 0 to 100.' } }
 */
export function checkSettings(form: SettingsForm): CheckedSettings {
	const candidate = {
		shuffleQuestions: form.shuffleQuestions,
		shuffleOptions: form.shuffleOptions,
		passMark: numberFromText(form.passMark),
		attemptsAllowed: orNull(form.attemptsAllowed, numberFromText),
		feedback: form.feedback,
		timeLimitMinutes: orNull(form.timeLimitMinutes, numberFromText),
		dueDate: orNull(form.dueDate, (text) => text.trim()),
		countedAttempt: form.countedAttempt
	};
	const parsed = v.safeParse(AssignmentSettingsSchema, candidate);
	if (parsed.success) return { ok: true, value: parsed.output };
	const fieldErrors: Partial<Record<SettingsField, string>> = {};
	for (const issue of parsed.issues) {
		const field = issue.path?.[0]?.key;
		if (isField(field)) fieldErrors[field] = MESSAGES[field];
	}
	const errors = Object.keys(MESSAGES)
		.filter(isField)
		.flatMap((field) => fieldErrors[field] ?? []);
	return { ok: false, errors, fieldErrors };
}

/**
 * Whether two settings say the same, field by field: the page may hand back a copy (or a `$state`
 * proxy) of the settings the form sent, which is the same settings though not the same object.
 */
export function sameSettings(a: AssignmentSettings, b: AssignmentSettings): boolean {
	return Object.keys(MESSAGES)
		.filter(isField)
		.every((key) => a[key] === b[key]);
}
