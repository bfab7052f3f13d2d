import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LINK_DICTIONARY_V3 } from './link-dictionary';
import { articleHash } from './link-hash';
import { linkChecksum } from './link-checksum';
import { dictionaryOf, packJson } from '../../core/codecs/packed-json';
import { decodeShareLink, encodeShareLink } from './share-link';
import { wireModule } from './share-v3-encode';
import { BODY, makeAssignment } from './test-factories';

const DAMAGED =
	'This link is damaged or incomplete: it does not match its checksum. Copy the whole link again.';

/** A format-3 payload around any JSON, with a correct checksum: what a faulty encoder could make. */
function linkOf(json: unknown, bundled?: { slug: string; body: string }): string {
	const dictionary = LINK_DICTIONARY_V3 + (bundled ? bundled.body.trim() : '');
	const data = packJson(json, dictionaryOf(dictionary));
	const rest = bundled ? `${bundled.slug}.${articleHash(bundled.body).toString(36)}.${data}` : data;
	return `3.${linkChecksum(rest)}.${rest}`;
}

const errorsOf = (payload: string) => {
	const result = decodeShareLink(payload);
	if (result.ok && result.value.kind === 'needs-article') {
		const completed = result.value.complete(BODY);
		return completed.ok ? [] : completed.errors;
	}
	return result.ok ? [] : result.errors;
};

describe('format-3 links', () => {
	it('open to the assignment and the split of its article', () => {
		const assignment = makeAssignment();

		const result = decodeShareLink(encodeShareLink(assignment).payload);

		expect(result).toEqual({
			ok: true,
			value: {
				kind: 'assignment',
				assignment,
				article: expect.any(Array),
				segments: [
					['Gas flows from Russia to China.', 'The pipeline opened in 2019.'],
					[
						'Talks began in 2004.',
						'A deal was signed in 2014.',
						'Gas started to flow five years later.'
					]
				]
			}
		});
	});

	it('lay out format, checksum and data, the checksum covering all after it', () => {
		const { payload } = encodeShareLink(makeAssignment());

		const [, checksum, data] = /^3\.([A-Za-z0-9_-]{8})\.([A-Za-z0-9_-]+)$/.exec(payload) ?? [];

		expect(data && linkChecksum(data)).toBe(checksum);
	});

	it('name a bundled article and its hash in the clear, under the checksum', () => {
		const assignment = makeAssignment();
		const { payload } = encodeShareLink(assignment, { bundledArticle: { slug: 'gas' } });

		const [, checksum, rest] = /^3\.([A-Za-z0-9_-]{8})\.(.+)$/.exec(payload) ?? [];

		expect(rest?.startsWith(`gas.${articleHash(BODY).toString(36)}.`)).toBe(true);
		expect(rest && linkChecksum(rest)).toBe(checksum);
	});

	it('keep the teacher’s record of a bundled article', () => {
		const assignment = makeAssignment({ bundledSlug: 'gas' });
		const plain = encodeShareLink(assignment).payload;
		const bundled = encodeShareLink(assignment, { bundledArticle: { slug: 'gas' } }).payload;
		const needs = decodeShareLink(bundled);

		const opened = decodeShareLink(plain);

		expect(opened.ok && opened.value.kind === 'assignment' && opened.value.assignment).toEqual(
			assignment
		);
		expect(needs.ok && needs.value.kind === 'needs-article' && needs.value.complete(BODY)).toEqual({
			ok: true,
			value: assignment
		});
	});

	it('leave the default settings out', () => {
		expect(wireModule(makeAssignment())).not.toHaveProperty('o');
		expect(
			wireModule(makeAssignment({ settings: { ...makeAssignment().settings, passMark: 75 } }))
		).toMatchObject({ o: { passMark: 75 } });
	});
});

describe('format-3 link errors', () => {
	const valid = encodeShareLink(makeAssignment()).payload;
	const bundled = encodeShareLink(makeAssignment(), { bundledArticle: { slug: 'gas' } }).payload;

	it.each([
		[
			'one character changed',
			valid.slice(0, 40) + (valid[40] === 'A' ? 'B' : 'A') + valid.slice(41)
		],
		['one character left out', valid.slice(0, 30) + valid.slice(31)],
		['the end cut off', valid.slice(0, -5)],
		['no checksum', `3.${valid.slice(11)}`],
		['a changed checksum', `3.AAAAAAAA${valid.slice(10)}`],
		['a changed article name', bundled.replace('.gas.', '.gaz.')],
		['nothing after the checksum', '3.AAAAAAAA.'],
		['a checksum over characters a link cannot have', `3.${linkChecksum('a$b')}.a$b`]
	])('call a link with %s damaged', (_, payload) => {
		expect(errorsOf(payload)).toEqual([DAMAGED]);
	});

	it('say so when the bundled article has changed since the link was made', () => {
		const result = decodeShareLink(bundled);
		const opened = result.ok && result.value.kind === 'needs-article' ? result.value : null;

		expect(opened?.complete(BODY.replace('2019', '2020'))).toEqual({
			ok: false,
			errors: [
				'article: the bundled article "gas" has changed since this link was made, so its questions may no longer fit it; ask for a new link'
			]
		});
	});

	it.each([
		['data that is not DEFLATE', `3.${linkChecksum('AAAA')}.AAAA`, 'may have been cut off'],
		['JSON that is not a module', linkOf('hello'), '(top level): must be a Lectern module'],
		[
			'a module without its article',
			linkOf({ i: 'gas-pipeline', t: 'T', q: [] }),
			'article: is missing'
		],
		[
			'a bundled module that carries an article',
			linkOf({ i: 'gas-pipeline', t: 'T', a: [['A.']], q: [] }, { slug: 'gas', body: BODY }),
			'must not carry one'
		],
		[
			'an unknown field',
			linkOf({ i: 'gas-pipeline', t: 'T', a: [], q: [], z: 1 }),
			'z: is not a known field'
		],
		[
			'a module the assignment schema refuses',
			linkOf({ i: 'gas-pipeline', t: 'T', a: [['A.']], q: [] }),
			'questions: needs at least one question'
		]
	])('explain %s', (_, payload, message) => {
		expect(errorsOf(payload).join('\n')).toContain(message);
	});
});

describe('the format-3 decoder', () => {
	it('needs neither the article segmenter nor its NLP library', () => {
		const reached = importGraph(new URL('./share-v3-decode.ts', import.meta.url));

		const files = [...reached].filter((name) => name.startsWith('src/'));
		const packages = [...reached].filter((name) => !name.startsWith('src/'));

		// Of the article's domain only the carried split's schema (through the index, which adds nothing).
		const reading = files.filter((name) => /\/(article|text|generate)\//.test(name));
		expect(reading.sort()).toEqual([
			'src/lib/reading/article/carried-blocks.ts',
			'src/lib/reading/article/index.ts'
		]);
		expect(packages.sort()).toEqual(['@noble/hashes/sha2.js', 'fflate', 'valibot']);
	});
});

/**
 * Every file and package a module reaches through value imports, as the bundler keeps them:
 * type-only imports vanish, and through a domain's index.ts only the files that export a name
 * that is used.
 */
function importGraph(entry: URL): Set<string> {
	const root = fileURLToPath(new URL('../../../..', import.meta.url));
	const seen = new Set<string>();
	const visit = (file: string, wanted: string[] | 'all'): void => {
		const name = relative(root, file);
		const isIndex = file.endsWith('/index.ts');
		if (!isIndex && seen.has(name)) return;
		seen.add(name);
		const source = readFileSync(file, 'utf8');
		for (const [, typeOnly, clause = '', from = ''] of source.matchAll(
			/^(?:import|export)\s+(type\s)?([^;]*?)\s*from\s+'([^']+)'/gms
		)) {
			if (typeOnly) continue;
			if (!from.startsWith('.')) {
				seen.add(from);
				continue;
			}
			const path = join(dirname(file), from);
			const target = existsSync(`${path}.ts`) ? `${path}.ts` : join(path, 'index.ts');
			const names = clause.startsWith('*') ? 'all' : valueNames(clause);
			const reexport = isIndex && wanted !== 'all';
			const needed = !reexport
				? names
				: names === 'all'
					? wanted.filter((used) => exportsName(target, used))
					: names.filter((used) => wanted.includes(used));
			if (needed === 'all' || needed.length > 0) visit(target, needed);
		}
	};
	visit(fileURLToPath(entry), 'all');
	return seen;
}

/** The value names an import or export clause takes from its module (`a` in `{ a as b }`). */
function valueNames(clause: string): string[] {
	return (clause.match(/\{([^}]*)\}/)?.[1] ?? '')
		.split(',')
		.map((part) => part.trim())
		.filter((part) => part !== '' && !part.startsWith('type '))
		.map((part) => part.split(/\s+as\s+/)[0] ?? part);
}

function exportsName(file: string, name: string): boolean {
	const source = readFileSync(file, 'utf8');
	return new RegExp(`export\\s+(?:async\\s+)?(?:const|let|function\\*?|class)\\s+${name}\\b`).test(
		source
	);
}
