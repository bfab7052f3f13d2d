import type { Parsed } from '../../core/validation';

/**
 * What every importer (web page, Word, PDF) gives the teacher's builder: the article as text the
 * generator reads (paragraphs separated by a blank line, headings as "## Heading"), the facts the
 * file told about itself, and what was left out, so the teacher sees it before generating.
 */
export interface ImportedArticle {
	/** Paragraphs separated by one blank line; headings written "## Heading". */
	text: string;
	title?: string;
	byline?: string;
	/** YYYY-MM-DD when the file states it. */
	published?: string;
	/** The publication ("The Example Herald"), from the page's metadata. */
	source?: string;
	sourceUrl?: string;
	/** One line per thing left out, saying what and why: "Page numbers (2)", "Navigation: Home | World | …". */
	dropped: string[];
}

/** The article, or why a file gave none in words a teacher can act on (one message). */
export type ImportResult = Parsed<ImportedArticle>;

/** Largest file the builder reads. */
export const MAX_IMPORT_BYTES = 10_000_000;
