import { parsedError, parsedOk, type Parsed } from '../../core/validation';
import type { Assignment } from './assignment';
import { articleHash } from './link-hash';
import type { WireBlock } from './share-v3-wire';

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
			/** The article as the link carries it, headings included, for showing it unsplit. */
			article?: WireBlock[];
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

const articleChangedError = (slug: string) =>
	`article: the bundled article "${slug}" has changed since this link was made, so its questions may no longer fit it; ask for a new link`;

/**
 * A link that names an article shipped with Lectern (every format that can): `complete` refuses a
 * body whose hash is not the one the link recorded, and otherwise builds the assignment with it.
 *
 * @example waitingForArticle('kazakhstan-2022', hash, 'Unrest', (body) => assemble(body))
 */
export function waitingForArticle(
	slug: string,
	hash: number,
	title: string,
	build: (body: string) => Parsed<Assignment>
): Parsed<OpenedShareLink> {
	return parsedOk({
		kind: 'needs-article',
		slug,
		hash,
		title,
		complete: (body: string) =>
			articleHash(body) === hash ? build(body) : parsedError(articleChangedError(slug))
	});
}
