import * as v from 'valibot';
import { parse as parseYaml } from 'yaml';
import { ArticleMetaSchema, type ArticleMeta } from './article-meta';
import { describeIssues, parsedError, parsedOk, type Parsed } from '../../core/validation';

interface ArticleFile {
	meta: ArticleMeta;
	/** The article's body as Markdown: paragraphs separated by blank lines, optional `##` sub-headings. */
	body: string;
}

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/**
 * Parses an article file: YAML front matter between `---` lines, then the Markdown body.
 * Errors name the field and what is wrong, prefixed with `label` (usually the file's path).
 *
 * @example parseArticleFile('---\ntitle: T\nsource: S\npublished: 2022-01-07\n---\nText.', 'a.md')
 */
export function parseArticleFile(source: string, label: string): Parsed<ArticleFile> {
	const match = FRONT_MATTER.exec(source);
	if (!match) {
		return parsedError(`${label}: must start with front matter between two "---" lines`);
	}
	const [, frontMatter = '', body = ''] = match;
	let data: unknown;
	try {
		data = parseYaml(frontMatter);
	} catch (error) {
		const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
		return parsedError(`${label}: front matter is not valid YAML: ${reason}`);
	}
	if (data === null || typeof data !== 'object' || Array.isArray(data)) {
		return parsedError(`${label}: front matter must be a list of "field: value" lines`);
	}
	const meta = v.safeParse(ArticleMetaSchema, data, { abortPipeEarly: true });
	if (!meta.success) {
		return { ok: false, errors: describeIssues(meta.issues).map((line) => `${label}: ${line}`) };
	}
	if (!body.trim()) {
		return parsedError(`${label}: body: the article has no text after the front matter`);
	}
	return parsedOk({ meta: meta.output, body: body.trim() });
}
