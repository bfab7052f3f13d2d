/**
 * The grader's public surface. Pure functions only: it runs in the student's browser, so it imports
 * nothing heavier than the question types (no NLP library).
 */
export { emptyResponse } from './empty-response';
export { gradeQuiz, type QuizGrade } from './grade-quiz';
export { normalizeAnswer } from './normalize-answer';
export * from './grade-response';
export * from './number-words';
export * from './scored-grade';
