import { findModule } from '$lib/server/content';
import { moduleEntries, quizData } from '$lib/server/quiz-data';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries = moduleEntries satisfies EntryGenerator;

/** The quiz and its article's paragraphs, to read beside the questions. */
export const load = (({ params }) => ({
	...quizData(params.slug),
	blocks: findModule(params.slug)!.blocks
})) satisfies PageServerLoad;
