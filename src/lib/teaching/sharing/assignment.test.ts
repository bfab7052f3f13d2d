import { deflateSync } from 'fflate';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { numeric, shortAnswer } from '../../quiz/question/test-factories';
import { describeIssues } from '../../core/validation/describe-issues';
import { AssignmentSchema, AssignmentSettingsSchema } from './assignment';
import { toBase64url } from '../../core/codecs/base64url';
import { decodeShareLink } from './share-link';
import { decodeModuleFile } from './module-file';
import { encodeModuleFile } from './module-file-encode';
import { makeAssignment } from './test-factories';

const problems = (schema: v.GenericSchema, value: unknown): string[] => {
	const parsed = v.safeParse(schema, value, { abortPipeEarly: true });
	return parsed.success ? [] : describeIssues(parsed.issues);
};

/** A format-1 link carrying `json` as written, so numbers JSON.stringify cannot write get in. */
const linkOf = (json: string) =>
	`1.${toBase64url(deflateSync(new TextEncoder().encode(json), { level: 9 }))}`;

describe('the assignment schema', () => {
	it('refuses two questions with the same id, naming the id', () => {
		const questions = [
			shortAnswer({ id: 'q1' }),
			numeric({ id: 'q3' }),
			shortAnswer({ id: 'q3', prompt: 'Again?' })
		];
		expect(problems(AssignmentSchema, makeAssignment({ questions }))).toEqual([
			'questions: two questions have the id "q3"; ids must be unique'
		]);
	});

	it('refuses a module file whose questions repeat an id', () => {
		const assignment = makeAssignment({
			questions: [shortAnswer({ id: 'q1' }), numeric({ id: 'q1' })]
		});
		const opened = decodeModuleFile(encodeModuleFile(assignment));
		expect(opened).toEqual({
			ok: false,
			errors: ['assignment.questions: two questions have the id "q1"; ids must be unique']
		});
	});

	it.each([
		['passMark', Number.POSITIVE_INFINITY],
		['attemptsAllowed', Number.POSITIVE_INFINITY],
		['timeLimitMinutes', Number.POSITIVE_INFINITY]
	])('refuses an infinite %s', (field, value) => {
		const settings = { ...makeAssignment().settings, [field]: value };
		expect(problems(AssignmentSettingsSchema, settings)).toEqual([
			expect.stringMatching(new RegExp(`^${field}: `))
		]);
	});
});

/** A format-1 link's JSON with one numeric question; `answer` and `tolerance` are written as given. */
const numericLinkJson = (answer: string, tolerance = '0') =>
	`{"id":"gas-pipeline","title":"The gas pipeline","body":"The pipeline opened in 2019.",` +
	`"questions":[{"id":"q1","type":"numeric","prompt":"When did it open?","answerText":"2019",` +
	`"evidence":[],"skill":"number","answer":${answer},"tolerance":${tolerance}}]}`;

describe('a share link carrying 1e999', () => {
	it('opens when the numbers are ordinary', () => {
		expect(decodeShareLink(linkOf(numericLinkJson('2019'))).ok).toBe(true);
	});

	it('is refused, not opened with the answer turned into Infinity', () => {
		expect(decodeShareLink(linkOf(numericLinkJson('1e999')))).toEqual({
			ok: false,
			errors: ['questions.0.answer: must be a finite number (got Infinity)']
		});
	});

	it('is refused as an infinite tolerance too', () => {
		expect(decodeShareLink(linkOf(numericLinkJson('2019', '1e999')))).toEqual({
			ok: false,
			errors: ['questions.0.tolerance: must be a finite number (got Infinity)']
		});
	});
});
