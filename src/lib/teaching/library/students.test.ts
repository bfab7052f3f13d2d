import { describe, expect, it } from 'vitest';
import {
	MAX_KNOWN_STUDENTS,
	rememberStudent,
	sameStudent,
	sittingSlug,
	studentNameProblem
} from './students';

describe('studentNameProblem', () => {
	it.each([
		['Ana', undefined],
		['  Ana López  ', undefined],
		['a'.repeat(80), undefined],
		['', 'Write your name, so your teacher knows whose answers these are.'],
		['   ', 'Write your name, so your teacher knows whose answers these are.'],
		['a'.repeat(81), 'Keep your name under 80 characters.']
	])('answers %j with %j', (name, problem) => {
		expect(studentNameProblem(name)).toBe(problem);
	});
});

describe('students on one device', () => {
	it('treats case and spacing as the same name', () => {
		expect(sameStudent(' Ana  López', 'ana lópez')).toBe(true);
		expect(sameStudent('Ana', 'Anna')).toBe(false);
	});

	it('keeps the names used, latest first, each once, and not without end', () => {
		expect(rememberStudent(['Bo', 'ana'], ' Ana ')).toEqual(['Ana', 'Bo']);
		const many = Array.from({ length: MAX_KNOWN_STUDENTS }, (_, i) => `S${i}`);
		expect(rememberStudent(many, 'New')).toHaveLength(MAX_KNOWN_STUDENTS);
	});

	it('gives each student their own unfinished sitting of a module', () => {
		expect(sittingSlug('m-a-1', 'Ana')).toBe(sittingSlug('m-a-1', ' ana '));
		expect(sittingSlug('m-a-1', 'Ana')).not.toBe(sittingSlug('m-a-1', 'Bo'));
		expect(sittingSlug('m-a-1', 'Ana')).toMatch(/^assigned-m-a-1-s[0-9a-z]+$/);
	});
});
