import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../reading/article/parse-article-file';
import { generateQuestions } from '../../reading/generate';
import { DEFAULT_SETTINGS, type Assignment } from './assignment';
import { dictionaryOf, packJson } from '../../core/codecs/packed-json';
import { decodeShareLink, encodeShareLink, QR_MAX_CHARS } from './share-link';
import { articleHash, buildSharePayload } from './share-payload';
import { makeAssignment } from './test-factories';

const SLUG = 'kazakhstan-2022';

/** A module as a teacher would build it from the bundled article and its generated questions. */
function bundledAssignment(): Assignment {
	const file = readFileSync(
		new URL(`../../../../questions/${SLUG}/article.md`, import.meta.url),
		'utf8'
	);
	const article = parseArticleFile(file, 'article.md');
	if (!article.ok) throw new Error(article.errors.join('\n'));
	const { meta, body } = article.value;
	return {
		id: SLUG,
		title: meta.title,
		source: meta.source,
		body,
		questions: generateQuestions(body),
		settings: { ...DEFAULT_SETTINGS }
	};
}

const needsArticle = (payload: string) => {
	const result = decodeShareLink(payload);
	if (!result.ok || result.value.kind !== 'needs-article') throw new Error('expected a reference');
	return result.value;
};

describe('share links for a bundled article', () => {
	it('keep a realistic module with its article text within one QR code', () => {
		const assignment = bundledAssignment();

		const encoded = encodeShareLink(assignment);
		const opened = decodeShareLink(encoded.payload);

		expect(assignment.questions.length).toBeGreaterThanOrEqual(10);
		expect(encoded.length).toBeLessThan(QR_MAX_CHARS);
		expect(opened.ok && opened.value.kind === 'assignment' && opened.value.assignment).toEqual(
			assignment
		);
	});

	it('are shorter when they refer to the article instead of carrying it', () => {
		const assignment = bundledAssignment();

		const inline = encodeShareLink(assignment);
		const referenced = encodeShareLink(assignment, { bundledArticle: { slug: SLUG } });

		expect(referenced.length).toBeLessThan(inline.length);
	});

	it('ask for the article they refer to, then open with it', () => {
		const assignment = bundledAssignment();
		const { payload } = encodeShareLink(assignment, { bundledArticle: { slug: SLUG } });

		const opened = needsArticle(payload);

		expect(opened).toMatchObject({ slug: SLUG, hash: articleHash(assignment.body) });
		expect(payload).toMatch(new RegExp(`^3\\.[A-Za-z0-9_-]{8}\\.${SLUG}\\.`));
		expect(opened.complete(assignment.body)).toEqual({ ok: true, value: assignment });
	});

	it('fit a whole bundled module in one QR code, with the article as the compression dictionary', () => {
		const assignment = bundledAssignment();
		const { payload } = encodeShareLink(assignment, { bundledArticle: { slug: SLUG } });
		const link = `https://lectern.example/open#m=${payload}`;
		expect(link.length).toBeLessThanOrEqual(QR_MAX_CHARS);
	});

	it('still open a format-2 link, as Lectern wrote them before format 3', () => {
		const assignment = bundledAssignment();
		const data = packJson(buildSharePayload(assignment, SLUG), dictionaryOf(assignment.body));
		const payload = `2.${SLUG}.${articleHash(assignment.body).toString(36)}.${data}`;

		expect(needsArticle(payload).complete(assignment.body)).toEqual({
			ok: true,
			value: assignment
		});
	});

	it('still open a format-1 link that refers to a bundled article', () => {
		const assignment = makeAssignment();
		const data = buildSharePayload(assignment, 'gas');
		expect(needsArticle(`1.${packJson(data)}`).complete(assignment.body)).toEqual({
			ok: true,
			value: assignment
		});
	});

	it('accept the article with surrounding white space, as a file read from disk has', () => {
		const assignment = makeAssignment();
		const { payload } = encodeShareLink(assignment, { bundledArticle: { slug: 'gas' } });

		expect(needsArticle(payload).complete(`\n${assignment.body}\n`)).toEqual({
			ok: true,
			value: assignment
		});
	});

	it('say clearly when the bundled article has changed since the link was made', () => {
		const assignment = makeAssignment();
		const { payload } = encodeShareLink(assignment, { bundledArticle: { slug: 'gas' } });

		const completed = needsArticle(payload).complete(assignment.body.replace('2019', '2020'));

		expect(completed).toEqual({
			ok: false,
			errors: [
				'article: the bundled article "gas" has changed since this link was made, so its questions may no longer fit it; ask for a new link'
			]
		});
	});

	it('report a broken module before the article is looked up', () => {
		const data = {
			id: 'gas-pipeline',
			title: 'T',
			article: { slug: 'gas', hash: 1 },
			questions: [{ type: 'cloze', prompt: 'No blank here.' }]
		};

		const result = decodeShareLink(`1.${packJson(data)}`);

		expect(result.ok).toBe(false);
		expect(result.ok ? [] : result.errors).toContain('questions.0.answerText: is required');
	});

	it('refuse a reference that does not name an article folder', () => {
		const data = {
			id: 'gas-pipeline',
			title: 'T',
			article: { slug: '../x', hash: 1 },
			questions: []
		};

		expect(decodeShareLink(`1.${packJson(data)}`)).toEqual({
			ok: false,
			errors: ['article.slug: must be a folder name (got "../x")']
		});
	});
});
