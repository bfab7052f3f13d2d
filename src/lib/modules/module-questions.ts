import type { QuestionSource } from './build-modules';

/**
 * The question set of a module: generated from the article, merged with the optional questions.yaml.
 * Placeholder until the generator lands: no questions.
 */
export const moduleQuestions: QuestionSource = () => ({ questions: [], problems: [] });
