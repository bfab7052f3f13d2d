import type { Grade, Response, QuestionType } from '../../quiz/question';

import type { Receipt } from '../receipt';

/** A receipt the teacher imported, with the checksum it arrived with (what makes two copies one). */
export type ImportedReceipt = { receipt: Receipt; checksum: string };

/** One attempt of a student, as the gradebook lists them all. */
export type AttemptEntry = {
	attempt: number;
	percent: number;
	passed: boolean;
	finishedAt: number;
	/** Sum of the attempt's times per question, 0 when it timed none. */
	timeMs: number;
	/** This is the attempt the row counts (see the module's `countedAttempt`). */
	counted: boolean;
};

/** One student: the attempt that counts, re-graded with the teacher's copy of the module. */
export type StudentRow = {
	/** As the latest receipt spells it. */
	name: string;
	/** The attempt number of the receipt this row counts. */
	attempt: number;
	/** Every attempt received, earliest first. */
	history: AttemptEntry[];
	/** How many different receipts of this student were imported. */
	attempts: number;
	/** Whole percentage, as `gradeQuiz` computes it. */
	percent: number;
	/** `percent` reaches the module's pass mark. */
	passed: boolean;
	/** The re-grade of every question of the module, by question id. */
	grades: Record<string, Grade>;
	/** The answers re-graded, for the module's questions only. */
	responses: Record<string, Response>;
	/** Milliseconds per question, for the module's questions only. */
	timesMs: Record<string, number>;
	/** Sum of `timesMs`. */
	timeMs: number;
	/** Milliseconds since the epoch. */
	finishedAt: number;
	/** The student's device showed other scores than the re-grade, which is what counts. */
	gradesDiffer: boolean;
};

export type QuestionStats = {
	questionId: string;
	/** 1-based position in the module. */
	number: number;
	type: QuestionType;
	prompt: string;
	/** Whole percentage of students whose answer was entirely right; null for an empty class. */
	percentCorrect: number | null;
	/** Mean score 0–1 over all students, partial credit included and no answer counting 0. */
	averageScore: number | null;
	/** The wrong answer most students gave, in words; null when nobody answered wrongly. */
	commonWrongAnswer: string | null;
	/** How many students gave `commonWrongAnswer`. */
	commonWrongCount: number;
	/** Median of the students' times on this question; null when no receipt timed it. */
	medianTimeMs: number | null;
};

/** Something about the imported receipts the teacher should know; `message` says it in words. */
export type GradebookProblem = { message: string; studentName: string } & (
	| { kind: 'duplicate'; attempt: number }
	| { kind: 'other-module'; assignmentId: string }
	| { kind: 'unknown-questions'; attempt: number; questionIds: string[] }
	| { kind: 'grades-differ'; attempt: number; questionIds: string[] }
);

export type Gradebook = {
	rows: StudentRow[];
	questions: QuestionStats[];
	problems: GradebookProblem[];
};
