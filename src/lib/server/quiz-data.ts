import { error } from '@sveltejs/kit';
import { allModules, findModule } from './content';

/** One prerendered page per module: the `entries` of every `/modules/[slug]/…` route. */
export const moduleEntries = () => allModules().map(({ slug }) => ({ slug }));

/** What the quiz and results pages need of a module: its questions, not its text. */
export function quizData(slug: string) {
	const module = findModule(slug);
	if (!module) error(404, `No module called "${slug}"`);
	return {
		slug: module.slug,
		title: module.meta.title,
		feedback: module.meta.feedback,
		questions: module.questions
	};
}
