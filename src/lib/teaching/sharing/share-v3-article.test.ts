import { describe, expect, it } from 'vitest';
import { segmentBody, sentencesOf } from '../../reading/article/segment';
import { decodeShareLink, encodeShareLink } from './share-link';
import { carryArticle } from './share-v3-article';
import { rebuildArticle } from './share-v3-wire';
import { BODY, makeAssignment } from './test-factories';

/** Sentence ids and texts as `segmentBody` numbers them on the teacher's device. */
const segmentedIds = (body: string) => sentencesOf(segmentBody(body)).map((s) => [s.id, s.text]);
const carriedIds = (body: string) =>
	rebuildArticle(carryArticle(body).blocks).segments.flatMap((sentences, p) =>
		sentences.map((text, s) => [`p${p + 1}s${s + 1}`, text])
	);

function openedWith(body: string) {
	const result = decodeShareLink(encodeShareLink(makeAssignment({ body })).payload);
	if (!result.ok || result.value.kind !== 'assignment') throw new Error('expected a module');
	return result.value;
}

describe('carryArticle', () => {
	it('carries a clean body as paragraphs of sentences and headings as written', () => {
		expect(carryArticle(BODY)).toEqual({
			blocks: [
				['Gas flows from Russia to China.', 'The pipeline opened in 2019.'],
				'## The deal',
				[
					'Talks began in 2004.',
					'A deal was signed in 2014.',
					'Gas started to flow five years later.'
				]
			]
		});
	});

	const UNEVEN = [
		['a paragraph broken across lines', 'Gas flows from Russia.\nIt reaches China.'],
		['two spaces between sentences', 'Gas flows from Russia.  It reaches China.'],
		['white space around the body', `\n  ${BODY}\n\n`],
		['three line breaks between paragraphs', 'Gas flows.\n\n\nIt stops.'],
		['Windows line ends', 'Gas flows.\r\n\r\nIt stops.'],
		['a Markdown list', 'Gas flows.\n\n- Russia sells.\n- China buys.'],
		['emphasis and a link', 'Gas *flows* from [Russia](https://example.com). It stops.']
	];

	it.each(UNEVEN)('carries the body itself too for %s', (_, body) => {
		expect(carryArticle(body).body).toBe(body);
	});

	it.each([['a clean body', BODY], ...UNEVEN])(
		'numbers the sentences of %s as segmentBody does',
		(_, body) => {
			expect(carriedIds(body)).toEqual(segmentedIds(body));
		}
	);

	it.each([['a clean body', BODY], ...UNEVEN])(
		'gives %s back exactly as the assignment schema keeps it',
		(_, body) => {
			const opened = openedWith(body);

			expect(opened.assignment.body).toBe(body.trim());
			expect(opened.segments).toEqual(rebuildArticle(carryArticle(body).blocks).segments);
		}
	);
});
