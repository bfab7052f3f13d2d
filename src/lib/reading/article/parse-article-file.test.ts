import { describe, expect, it } from 'vitest';
import { parseArticleFile } from './parse-article-file';

const file = (frontMatter: string, body = 'First paragraph.\n\nSecond paragraph.') =>
	`---\n${frontMatter}\n---\n\n${body}\n`;

const valid = 'title: A title\nsource: The Daily Example\npublished: 2022-01-07\ntags: [world]';

describe('parseArticleFile', () => {
	it('reads the front matter and keeps the body as Markdown', () => {
		const result = parseArticleFile(file(valid), 'a.md');
		expect(result).toEqual({
			ok: true,
			value: {
				meta: {
					title: 'A title',
					source: 'The Daily Example',
					published: '2022-01-07',
					tags: ['world'],
					feedback: 'after-each'
				},
				body: 'First paragraph.\n\nSecond paragraph.'
			}
		});
	});

	it('accepts a quoted date, a byte-order mark and Windows line endings', () => {
		const text = `\uFEFF${file(valid.replace('2022-01-07', '"2022-01-07"'))}`.replace(
			/\n/g,
			'\r\n'
		);
		const result = parseArticleFile(text, 'a.md');
		expect(result.ok && result.value.meta.published).toBe('2022-01-07');
	});

	it.each([
		['no front matter', 'Just text.', 'a.md: must start with front matter between two "---" lines'],
		['invalid YAML', file('title: [unclosed'), 'a.md: front matter is not valid YAML'],
		[
			'a list instead of fields',
			file('- one\n- two'),
			'a.md: front matter must be a list of "field: value" lines'
		],
		['a missing title', file('source: S\npublished: 2022-01-07'), 'a.md: title: is required'],
		[
			'an empty title',
			file('title: ""\nsource: S\npublished: 2022-01-07'),
			'a.md: title: must not be empty'
		],
		[
			'a date in words',
			file('title: T\nsource: S\npublished: last week'),
			'a.md: published: must be a date written YYYY-MM-DD (got "last week")'
		],
		[
			'an impossible date',
			file('title: T\nsource: S\npublished: "2022-13-45"'),
			'a.md: published: must be a real calendar date'
		],
		['an unknown field', file(`${valid}\nauthr: Someone`), 'a.md: authr: is not a known field'],
		[
			'a source URL that is not a URL',
			file(`${valid}\nsourceUrl: example dot com`),
			'a.md: sourceUrl: must be a full URL'
		],
		[
			'an empty body',
			file(valid, '   '),
			'a.md: body: the article has no text after the front matter'
		]
	])('rejects %s with a message naming the file and field', (_case, text, expected) => {
		const result = parseArticleFile(text, 'a.md');
		expect(result.ok).toBe(false);
		expect(result.ok ? [] : result.errors.join('\n')).toContain(expected);
	});
});
