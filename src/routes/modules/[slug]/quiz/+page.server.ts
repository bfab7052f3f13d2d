import { moduleEntries, quizData } from '$lib/server/quiz-data';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries = moduleEntries satisfies EntryGenerator;

export const load = (({ params }) => quizData(params.slug)) satisfies PageServerLoad;
