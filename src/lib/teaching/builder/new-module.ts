import * as v from 'valibot';
import { AssignmentSchema, DEFAULT_SETTINGS, type Assignment } from '../sharing';
import { cleanArticleText, readArticle, segmentBody } from '../../reading/article';

import { measureBlocks } from '../../reading/reading-level';
import type { FeedbackMode, Question } from '../../quiz/question';
import { describeIssues, parsedError, parsedOk, type Parsed } from '../../core/validation';

/** `bundledSlug` is set when the module starts from an article that ships with Lectern. */
type ModuleStart = Pick<Assignment, 'id' | 'title' | 'source' | 'bundledSlug'> & {
	/** Raw text as pasted or uploaded; cleaned here as the generator cleans it. */
	text: string;
	questions: readonly Question[];
	feedback?: FeedbackMode;
};

/**
 * A new module from an article and its first questions, checked like every other module.
 *
 * @example newModule({ id: 'm-1', title: 'Floods', text, questions: generateQuestions(text) })
 */
export function newModule(start: ModuleStart): Parsed<Assignment> {
	const body = cleanArticleText(start.text);
	if (!body.trim()) return parsedError('The article has no text left once cleaned.');
	const candidate = {
		id: start.id,
		title: start.title,
		source: start.source?.trim() ? start.source : undefined,
		body,
		questions: start.questions,
		settings: { ...DEFAULT_SETTINGS, feedback: start.feedback ?? DEFAULT_SETTINGS.feedback },
		bundledSlug: start.bundledSlug,
		readingLevel: measureBlocks(segmentBody(body))
	};
	const parsed = v.safeParse(AssignmentSchema, candidate, { abortPipeEarly: true });
	return parsed.success ? parsedOk(parsed.output) : parsedError(...describeIssues(parsed.issues));
}

/** A title for pasted text with none given: its headline, or else its first line, shortened. */
export function titleFromText(text: string): string {
	const { title, body } = readArticle(text);
	if (title) return title;
	const first = body.split('\n').find((line) => line.trim()) ?? '';
	const words = first
		.replace(/^#+\s*/, '')
		.trim()
		.split(/\s+/)
		.slice(0, 10)
		.join(' ');
	return words.length > 0 ? words.replace(/[.,;:]$/, '') : 'Untitled article';
}
