import type { Parsed } from '../validation/result';
import type { Assignment } from './assignment';

/** What a share link opens to: a whole assignment, or a reference waiting for its bundled article. */
export type OpenedShareLink =
	| {
			kind: 'assignment';
			assignment: Assignment;
			/**
			 * The article's paragraphs as split where the module was made (format 3 carries them):
			 * `segments[n - 1][m - 1]` is sentence "p<n>s<m>". Absent for older links, whose
			 * sentences the reader splits itself.
			 */
			segments?: string[][];
	  }
	| {
			/** The link names an article that ships with Lectern; look it up by `slug`, then `complete`. */
			kind: 'needs-article';
			slug: string;
			hash: number;
			title: string;
			/** Checks `body` is the article the link was made from and builds the assignment. */
			complete(body: string): Parsed<Assignment>;
	  };

export const articleChangedError = (slug: string) =>
	`article: the bundled article "${slug}" has changed since this link was made, so its questions may no longer fit it; ask for a new link`;
