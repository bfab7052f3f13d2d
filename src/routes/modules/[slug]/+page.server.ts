import { error } from '@sveltejs/kit';
import { findModule } from '$lib/server/content';
import { moduleEntries } from '$lib/server/quiz-data';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries = moduleEntries satisfies EntryGenerator;

export const load = (({ params }) => {
	const module = findModule(params.slug);
	if (!module) error(404, `No module called "${params.slug}"`);
	// The page shows the segmented blocks; the Markdown body and the questions stay out of its data.
	const { slug, meta, blocks, wordCount, readingMinutes, questions } = module;
	return {
		module: { slug, meta, blocks, wordCount, readingMinutes },
		questionCount: questions.length
	};
}) satisfies PageServerLoad;
