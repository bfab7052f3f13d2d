import { readFileSync } from 'node:fs';
import { encode } from 'uqr';
import { parseArticleFile } from '../src/lib/reading/article/parse-article-file';
import type { Assignment } from '../src/lib/teaching/sharing';
import { fromBase64url } from '../src/lib/core/codecs/base64url';
import { articleHash } from '../src/lib/teaching/sharing/link-hash';
import { dictionaryOf, packJson } from '../src/lib/core/codecs/packed-json';
import { decodeShareLink, encodeShareLink } from '../src/lib/teaching/sharing/share-link';
import { buildSharePayload } from '../src/lib/teaching/sharing/share-payload';
import { newModule, titleFromText } from '../src/lib/teaching/builder/new-module';
import { generateQuestions } from '../src/lib/reading/generate';
import { newModuleId } from '../src/lib/teaching/library/teacher-modules';

/**
 * `npx tsx scripts/link-size.ts [--mutations N]`: how long share links get for real articles, in
 * format 1 (the old link) and format 3 (today's), and the QR code version each needs at error
 * correction L and M. Also what a numeric-mode QR code (payload bytes as decimal digits) would
 * need. With `--mutations N`, decodes N single-character changes of each link and counts how many
 * are refused, open to the same module or open to a different one.
 *
 * Articles: three of `../shared/eval/news/` as pasted text, and the Kazakhstan article both pasted
 * and as a bundled article. Needs `../shared/` beside the repository.
 */

const BASE = 'https://lectern.example/open#m=';
const ECC = ['L', 'M'] as const;
type Ecc = (typeof ECC)[number];

interface Case {
	name: string;
	assignment: Assignment;
	bundledSlug?: string;
}

function pasted(name: string, path: string): Case {
	const text = readFileSync(new URL(path, import.meta.url), 'utf8');
	const made = newModule({
		id: newModuleId(0.5, Date.UTC(2026, 0, 1)),
		title: titleFromText(text),
		text,
		questions: generateQuestions(text)
	});
	if (!made.ok) throw new Error(made.errors.join('\n'));
	return { name, assignment: made.value };
}

function bundled(slug: string): Case {
	const file = readFileSync(new URL(`../questions/${slug}/article.md`, import.meta.url), 'utf8');
	const article = parseArticleFile(file, 'article.md');
	if (!article.ok) throw new Error(article.errors.join('\n'));
	const { meta, body } = article.value;
	const made = newModule({
		id: newModuleId(0.5, Date.UTC(2026, 0, 1)),
		title: meta.title,
		source: meta.source,
		text: body,
		questions: generateQuestions(body),
		bundledSlug: slug
	});
	if (!made.ok) throw new Error(made.errors.join('\n'));
	return { name: `${slug} (bundled)`, assignment: made.value, bundledSlug: slug };
}

/** The link the old encoder wrote: format 1, or format 2 for a bundled article. */
function formatOne({ assignment, bundledSlug }: Case): string {
	const json = buildSharePayload(assignment, bundledSlug);
	if (!bundledSlug) return `1.${packJson(json)}`;
	const hash = articleHash(assignment.body).toString(36);
	return `2.${bundledSlug}.${hash}.${packJson(json, dictionaryOf(assignment.body.trim()))}`;
}

function formatThree({ assignment, bundledSlug }: Case): string {
	const options = bundledSlug ? { bundledArticle: { slug: bundledSlug } } : {};
	return encodeShareLink(assignment, options).payload;
}

const version = (text: string, ecc: Ecc): string => {
	try {
		return String(encode(text, { ecc }).version);
	} catch {
		return 'none';
	}
};

/** Data bits of a QR code version, read off uqr: the most bytes it takes in byte mode, plus headers. */
function capacityBits(v: number, ecc: Ecc): number {
	let low = 0;
	let high = 3000;
	while (low < high) {
		const mid = Math.ceil((low + high) / 2);
		try {
			encode('a'.repeat(mid), { ecc, minVersion: v, maxVersion: v });
			low = mid;
		} catch {
			high = mid - 1;
		}
	}
	// Capacity is whole bytes; the largest byte payload leaves less than one byte over.
	return (v < 10 ? 16 : 24) + 8 * low;
}
const CAPACITY = Object.fromEntries(
	ECC.map((ecc) => [ecc, Array.from({ length: 41 }, (_, v) => (v ? capacityBits(v, ecc) : 0))])
) as Record<Ecc, number[]>;

/**
 * The version a link needs when its payload's bytes travel as decimal digits in a numeric segment
 * (10 bits per 3 digits, about 8.0 bits a byte) after the URL in a byte segment.
 */
function numericVersion(prefix: string, bytes: number, ecc: Ecc): string {
	const digits = Math.ceil(bytes * Math.log10(256));
	for (let v = 1; v <= 40; v++) {
		const byteCount = v < 10 ? 8 : 16;
		const numCount = v < 10 ? 10 : v < 27 ? 12 : 14;
		const numBits = 10 * Math.floor(digits / 3) + [0, 4, 7][digits % 3]!;
		const bits = 4 + byteCount + 8 * prefix.length + 4 + numCount + numBits;
		if (bits <= CAPACITY[ecc][v]!) return String(v);
	}
	return 'none';
}

/** The bytes a format-3 payload stands for: checksum and DEFLATE data (the rest is its prefix). */
function format3Bytes(payload: string): { prefix: string; bytes: number } {
	const parts = payload.split('.');
	const data = fromBase64url(parts.at(-1) ?? '')?.length ?? 0;
	const checksum = fromBase64url(parts[1] ?? '')?.length ?? 0;
	return {
		prefix: `${BASE}${[parts[0], ...parts.slice(2, -1)].join('.')}.`,
		bytes: data + checksum
	};
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.';

/** Seeded, so two runs count the same changes. */
function mulberry32(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = Math.imul(state ^ (state >>> 15), state | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function mutationCounts(payload: string, body: string, runs: number) {
	const next = mulberry32(runs);
	const original = JSON.stringify(open(payload, body));
	const counts = { refused: 0, same: 0, different: 0 };
	for (let i = 0; i < runs; i++) {
		const at = Math.floor(next() * payload.length);
		const char = ALPHABET[Math.floor(next() * ALPHABET.length)] ?? 'A';
		const how = Math.floor(next() * 3);
		const changed =
			payload.slice(0, at) + (how === 1 ? '' : char) + payload.slice(how === 2 ? at : at + 1);
		if (changed === payload) {
			i--;
			continue;
		}
		const opened = open(changed, body);
		if (!opened) counts.refused++;
		else if (JSON.stringify(opened) === original) counts.same++;
		else counts.different++;
	}
	return counts;
}

function open(payload: string, body: string): Assignment | null {
	const result = decodeShareLink(payload);
	if (!result.ok) return null;
	if (result.value.kind === 'assignment') return result.value.assignment;
	const completed = result.value.complete(body);
	return completed.ok ? completed.value : null;
}

function main(): void {
	const at = process.argv.indexOf('--mutations');
	const mutations = at === -1 ? 0 : Number(process.argv[at + 1] ?? 1000);
	const cases = [
		pasted('n141', '../../shared/eval/news/n141.txt'),
		pasted('n150', '../../shared/eval/news/n150.txt'),
		pasted('n162', '../../shared/eval/news/n162.txt'),
		pasted('kazakhstan-2022 (pasted)', '../../shared/articles/kazakhstan-2022.txt'),
		bundled('kazakhstan-2022')
	];
	console.log(`Links as ${BASE}<payload>; QR versions by uqr, byte mode; "num" = numeric mode.\n`);
	console.log(
		'article'.padEnd(26),
		'words'.padStart(5),
		'qs'.padStart(3),
		'old chars'.padStart(9),
		'old QR L/M'.padStart(10),
		'f3 chars'.padStart(9),
		'f3 QR L/M'.padStart(10),
		'saved'.padStart(6),
		'f3 num L/M'.padStart(11)
	);
	for (const item of cases) {
		const { assignment } = item;
		const one = formatOne(item);
		const three = formatThree(item);
		const words = assignment.body.split(/\s+/).filter(Boolean).length;
		const { prefix, bytes } = format3Bytes(three);
		console.log(
			item.name.padEnd(26),
			String(words).padStart(5),
			String(assignment.questions.length).padStart(3),
			String(one.length).padStart(9),
			ECC.map((ecc) => version(BASE + one, ecc))
				.join('/')
				.padStart(10),
			String(three.length).padStart(9),
			ECC.map((ecc) => version(BASE + three, ecc))
				.join('/')
				.padStart(10),
			`${Math.round((100 * (one.length - three.length)) / one.length)}%`.padStart(6),
			ECC.map((ecc) => numericVersion(prefix, bytes, ecc))
				.join('/')
				.padStart(11)
		);
		if (mutations > 0) {
			for (const [label, payload] of [
				['f1', one],
				['f3', three]
			] as const) {
				const counts = mutationCounts(payload, assignment.body, mutations);
				console.log(
					`  ${label} ${mutations} single-character changes: ${counts.refused} refused, ${counts.same} open the same module, ${counts.different} open a different module`
				);
			}
		}
	}
}

main();
