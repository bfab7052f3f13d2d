import { error } from '@sveltejs/kit';
import { findModule } from '$lib/server/content';
import { readingSummary } from '$lib/reading/reading-level';
import { moduleEntries } from '$lib/server/quiz-data';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries = moduleEntries satisfies EntryGenerator;

export const load = (({ params }) => {
	const module = findModule(params.slug);
	if (!module) error(404, `No module called "${params.slug}"`);
	// The page shows the segmented blocks; the Markdown body and the questions stay out of its data.
	const { slug, meta, blocks, readingLevel, questions } = module;
	return {
		module: {
			slug,
			meta,
			blocks,
			// Worded here, at build time: the page shows it without code of its own.
			readingLine: readingSummary(readingLevel, meta.readingLevel)
		},
		questionCount: questions.length
	};
}) satisfies PageServerLoad;
