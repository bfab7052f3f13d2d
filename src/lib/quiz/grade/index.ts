/**
 * The grader's public surface. Pure functions only: it runs in the student's browser, so it imports
 * nothing heavier than the question types (no NLP library).
 */
export { gradeResponse } from './grade-response';
export { emptyResponse } from './empty-response';
export { gradeQuiz, type QuizGrade } from './grade-quiz';
export { normalizeAnswer, answerTokens, foldCharacters } from './normalize-answer';
export { parseNumberAnswer, type NumberAnswer } from './parse-number-answer';
export { numberWordsToDigits } from './number-words';
export { boundedEditDistance } from './edit-distance';
export { matchTextAnswer, typoAllowance, type TextMatch } from './match-text-answer';
export { scorers } from './registry';
export * from './grade-response';
export * from './number-words';
export * from './scored-grade';
