import { segmentBody, sentencesOf } from '../article';
import { generateQuestions, GenerationError } from '../generate';
import type { Question } from '../../quiz/question';
import type { QuestionSource } from './build-modules';
import { mergeQuestions } from './merge-questions';
import { parseQuestionsFile } from './questions-file';

/**
 * A module's question set: generated from the article, then merged with the optional questions.yaml.
 * Runs at build time only, so students never download the generator.
 */
export const moduleQuestions: QuestionSource = (body, questionsFile) => {
	let generated: Question[];
	try {
		generated = generateQuestions(body);
	} catch (error) {
		if (!(error instanceof GenerationError)) throw error;
		generated = [];
		if (!questionsFile) return { questions: [], problems: [`article: ${error.message}`] };
	}
	if (!questionsFile) return { questions: generated, problems: [] };
	const file = parseQuestionsFile(questionsFile.text, questionsFile.path);
	if (!file.ok) return { questions: generated, problems: file.errors };
	return mergeQuestions(generated, file.value, sentencesOf(segmentBody(body)), questionsFile.path);
};
