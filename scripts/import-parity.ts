// `npx tsx scripts/import-parity.ts ../shared/eval/news`: does a teacher who imports an article as a
// saved web page, a Word file or a PDF get the same module as from its clean text? Each article of
// the folder (`<id>.txt`, first line the headline, and `keys/<id>.json`) is rendered in memory as a
// news page, a Word file and a PDF (on A5 pages like the PDF fixture's, and on A4, where an article
// fits on one page), read back with the builder's own importers (the title kept apart, as the
// builder keeps it), and compared with the clean text: its sentences found verbatim, sentences that
// are not the article's, questions generated, prompts identical to the clean text's, and key-fact
// recall by eval/news.ts. The renderers are exported for checking one article by hand.
import {
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Document as WordDocument, HeadingLevel, Packer, Paragraph } from 'docx';
import { cleanArticleText } from '../src/lib/reading/article/clean-text';
import { segmentBody } from '../src/lib/reading/article/segment';
import { GenerationError, generateQuestions } from '../src/lib/reading/generate';
import { decodeHtml } from '../src/lib/teaching/import/decode-text';
import type { ImportResult } from '../src/lib/teaching/import/imported-article';
import { readDocx } from '../src/lib/teaching/import/read-docx';
import { readHtml } from '../src/lib/teaching/import/read-html';
import { readPdf, type PdfjsLibrary } from '../src/lib/teaching/import/read-pdf';
import { parseHtml } from '../src/lib/teaching/import/testing/jsdom';
import { evalNews } from './eval/news';
import { newsPageHtml, slugOf } from './fixtures/news-page';
import { A4, A5, layoutArticlePdf, type Paper, type PdfLayout } from './pdf-fixture/layout';

/** Kept for the final evaluation: never read here. */
const HELD_OUT = new Set(['n156', 'n159', 'n163', 'n166', 'n169']);
const FORMATS = ['web page', 'Word', 'PDF A5', 'PDF A4'] as const;
type Format = (typeof FORMATS)[number];
const EXAMPLES = 3;
const WORST_ARTICLES = 3;

interface Article {
	id: string;
	title: string;
	paragraphs: string[];
}

/** What one text (the clean one or an import) gave. */
interface Run {
	/** Body sentences, and headings as "## Heading", as the generator segments them. */
	units: string[];
	prompts: string[];
	title?: string;
	error?: string;
}

interface Comparison {
	id: string;
	fidelity: number;
	missing: string[];
	extra: string[];
	questions: number;
	identical: number;
	recall: number;
	titleKept: boolean;
	error?: string;
}

export function articleOf(id: string, text: string): Article {
	const [title = '', ...rest] = text.replace(/\r\n?/g, '\n').split('\n');
	const paragraphs = rest
		.join('\n')
		.split(/\n\s*\n/)
		.map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
		.filter(Boolean);
	return { id, title: title.trim(), paragraphs };
}

// --- A saved news web page ------------------------------------------------------------------

const SITE = 'The Riverside Chronicle';

/** The article as a saved page of an invented paper, around make-import-fixtures.ts's layout. */
export function articlePageHtml(title: string, paragraphs: readonly string[]): string {
	return newsPageHtml({
		site: SITE,
		siteShortName: 'Chronicle',
		siteUrl: 'https://www.riversidechronicle.example',
		path: `/news/2025/04/14/${slugOf(title)}`,
		title,
		published: '2025-04-14T09:30:00+02:00',
		publishedText: '14 April 2025',
		author: 'Hannah Okafor',
		authorRole: 'World reporter',
		blocks: paragraphs.map((paragraph) => ({ paragraph })),
		inlineAd: 'Riverside Motors: new and used cars, easy finance.',
		related: [
			{ href: '/news/budget-vote', text: 'Lawmakers return for budget vote' },
			{ href: '/world/summit-photos', text: 'In pictures: the week in world news' },
			{ href: '/opinion/what-next', text: 'What comes next, explained' }
		],
		comments: [
			{ author: 'riverwatcher', text: 'About time somebody reported this properly.' },
			{ author: 'Pat K.', text: 'I still think they should have waited another year.' },
			{ author: 'Jo', text: 'Shared this with my class, thanks.' }
		]
	});
}

// --- A Word file ----------------------------------------------------------------------------

/** A Word file as a teacher writes one: a "Title" paragraph, then the article's paragraphs. */
export async function articleDocx(
	title: string,
	paragraphs: readonly string[]
): Promise<Uint8Array> {
	const document = new WordDocument({
		creator: 'Lectern import parity',
		title,
		sections: [
			{
				children: [
					new Paragraph({ text: title, heading: HeadingLevel.TITLE }),
					...paragraphs.map((text) => new Paragraph({ text }))
				]
			}
		]
	});
	return new Uint8Array(await Packer.toBuffer(document));
}

// --- A PDF ----------------------------------------------------------------------------------

const PAPERS = { A5, A4 };
type PaperName = keyof typeof PAPERS;

/** A hyphenation point ("|") in the middle of every word of 10 letters or more. */
const markHyphenation = (text: string) =>
	text.replace(/\p{L}{10,}/gu, (word) => {
		const middle = Math.floor(word.length / 2);
		return `${word.slice(0, middle)}|${word.slice(middle)}`;
	});

export function articlePdf(
	title: string,
	paragraphs: readonly string[],
	paper: Paper
): Promise<{ bytes: Uint8Array; layout: PdfLayout }> {
	return layoutArticlePdf({
		title,
		byline: 'By Hannah Okafor, World Reporter',
		blocks: paragraphs.map((paragraph) => ({ paragraph: markHyphenation(paragraph) })),
		runningHeader: `${SITE} — Weekly Edition`,
		headerDate: 'Monday 14 April 2025',
		runningFooter: 'Printed for classroom use',
		paper,
		author: 'Hannah Okafor',
		date: new Date('2025-04-14T09:00:00Z')
	});
}

// --- Importing, as the builder does -----------------------------------------------------------

type Importer = (article: Article) => Promise<ImportResult>;

/** Each format rendered, then read by the reader importFile would pick for it. */
export function importers(
	pdfjs: PdfjsLibrary,
	onPdf: (paper: PaperName, layout: PdfLayout) => void = () => undefined
): Record<Format, Importer> {
	const pdfOn =
		(paper: PaperName): Importer =>
		async ({ title, paragraphs }) => {
			const { bytes, layout } = await articlePdf(title, paragraphs, PAPERS[paper]);
			onPdf(paper, layout);
			return readPdf(bytes, pdfjs);
		};
	return {
		'web page': async ({ title, paragraphs }) => {
			const bytes = new TextEncoder().encode(articlePageHtml(title, paragraphs));
			return readHtml(parseHtml(decodeHtml(bytes)));
		},
		Word: async ({ title, paragraphs }) =>
			readDocx(await articleDocx(title, paragraphs), parseHtml),
		'PDF A5': pdfOn('A5'),
		'PDF A4': pdfOn('A4')
	};
}

/** Sentences and headings of a text as the generator segments it. */
export function unitsOf(text: string): string[] {
	return segmentBody(cleanArticleText(text)).flatMap((block) =>
		block.kind === 'heading' ? [`## ${block.text}`] : block.sentences.map((s) => s.text)
	);
}

function run(text: string, title?: string): Run {
	try {
		const prompts = generateQuestions(text).map((question) => question.prompt);
		return { units: unitsOf(text), prompts, title };
	} catch (e) {
		if (!(e instanceof GenerationError)) throw e;
		return { units: unitsOf(text), prompts: [], title, error: e.message };
	}
}

function compare(
	id: string,
	clean: Run,
	imported: Run,
	headline: string
): Omit<Comparison, 'recall'> {
	const importedUnits = new Set(imported.units);
	const cleanUnits = new Set(clean.units);
	const missing = clean.units.filter((unit) => !importedUnits.has(unit));
	const importedPrompts = new Set(imported.prompts);
	return {
		id,
		fidelity: (clean.units.length - missing.length) / Math.max(1, clean.units.length),
		missing,
		extra: imported.units.filter((unit) => !cleanUnits.has(unit)),
		questions: imported.prompts.length,
		identical:
			clean.prompts.filter((prompt) => importedPrompts.has(prompt)).length /
			Math.max(1, clean.prompts.length),
		titleKept: imported.title === headline,
		error: imported.error
	};
}

/** The sentence of `candidates` sharing most words with `sentence`: what a lost sentence became. */
function nearest(sentence: string, candidates: readonly string[]): string | undefined {
	const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
	const wanted = words(sentence);
	let best: { text: string; shared: number } | undefined;
	for (const text of candidates) {
		const shared = [...words(text)].filter((word) => wanted.has(word)).length;
		if (!best || shared > best.shared) best = { text, shared };
	}
	return best && best.shared > 0 ? best.text : undefined;
}

// --- Key-fact recall through eval/news.ts ---------------------------------------------------

/**
 * Per-article key-fact recall of `texts`, by `evalNews` on a temporary folder holding them under
 * the articles' own names, with links to those articles' keys (and no other's).
 */
function recallOf(texts: ReadonlyMap<string, string>, source: string, scratch: string) {
	const folder = mkdtempSync(join(scratch, 'run-'));
	mkdirSync(join(folder, 'keys'));
	for (const [id, text] of texts) {
		writeFileSync(join(folder, `${id}.txt`), text);
		symlinkSync(resolve(source, 'keys', `${id}.json`), join(folder, 'keys', `${id}.json`));
	}
	const recall = new Map<string, number>();
	for (const line of evalNews(folder, false)) {
		const match = /^(\S+): [\d.]+ \((\d+)\/(\d+),/.exec(line);
		if (match) recall.set(match[1]!, Number(match[2]) / Math.max(1, Number(match[3])));
	}
	return recall;
}

// --- Report ---------------------------------------------------------------------------------

const mean = (values: readonly number[]) =>
	values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
const SNIPPET = 110;

/** Both texts from a little before the first character where they differ. */
function whereTheyDiffer(a: string, b: string): [string, string] {
	let at = 0;
	while (at < a.length && a[at] === b[at]) at += 1;
	const start = Math.max(0, at - 40);
	const snippet = (text: string) =>
		(start > 0 ? '…' : '') +
		text.slice(start, start + SNIPPET) +
		(text.length > start + SNIPPET ? '…' : '');
	return [snippet(a), snippet(b)];
}

/** Sentences that are not the article's in more than one article: clutter the importer let in. */
function repeatedExtras(comparisons: readonly Comparison[]): string[] {
	const counts = new Map<string, number>();
	for (const c of comparisons) {
		for (const unit of new Set(c.extra)) counts.set(unit, (counts.get(unit) ?? 0) + 1);
	}
	return [...counts]
		.filter(([, count]) => count > 1)
		.sort((a, b) => b[1] - a[1])
		.slice(0, EXAMPLES)
		.map(([unit, count]) => `  in ${count} articles: ${unit}`);
}

function table(rows: readonly (readonly string[])[]): string[] {
	const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
	return rows.map((row) =>
		row
			.map((cell, column) =>
				(column === 0 ? cell.padEnd : cell.padStart).call(cell, widths[column]!)
			)
			.join('  ')
	);
}

/** Worst first: fewest sentences kept, then most sentences that are not the article's. */
const worse = (a: Comparison, b: Comparison) =>
	a.fidelity - b.fidelity || b.extra.length - a.extra.length || a.identical - b.identical;

function articleLine(c: Comparison): string {
	return (
		`  ${c.id}: fidelity ${c.fidelity.toFixed(3)}, ${c.extra.length} extra, ${c.questions} questions, ` +
		`identical ${c.identical.toFixed(2)}, recall ${c.recall.toFixed(2)}` +
		(c.titleKept ? '' : ', title not the headline') +
		(c.error ? `, error: ${c.error}` : '')
	);
}

function report(
	ids: readonly string[],
	clean: ReadonlyMap<string, Run>,
	cleanRecall: ReadonlyMap<string, number>,
	results: ReadonlyMap<Format, Comparison[]>,
	imported: ReadonlyMap<Format, ReadonlyMap<string, Run>>,
	layouts: ReadonlyMap<PaperName, readonly PdfLayout[]>
): string[] {
	const cleanRuns = ids.map((id) => clean.get(id)!);
	const pdfLines = [...layouts].map(([paper, each]) => {
		const total = (key: keyof PdfLayout) => each.reduce((sum, layout) => sum + layout[key], 0);
		return (
			`PDF ${paper}: ${total('pages')} pages, ${total('hyphenatedLines')} lines hyphenated inside a word, ` +
			`${total('compoundBreaks')} broken at a compound's hyphen, ` +
			`${total('paragraphsAcrossPages')} paragraphs running on to the next page`
		);
	});
	const column = (format: Format) => {
		const cs = results.get(format)!;
		return [
			mean(cs.map((c) => c.fidelity)).toFixed(3),
			mean(cs.map((c) => c.extra.length)).toFixed(2),
			mean(cs.map((c) => c.questions)).toFixed(1),
			mean(cs.map((c) => c.identical)).toFixed(3),
			mean(cs.map((c) => c.recall)).toFixed(3),
			`${cs.filter((c) => c.titleKept).length}/${cs.length}`,
			String(cs.filter((c) => c.error).length)
		];
	};
	const columns = [
		[
			'1.000',
			'0.00',
			mean(cleanRuns.map((r) => r.prompts.length)).toFixed(1),
			'1.000',
			mean(ids.map((id) => cleanRecall.get(id) ?? 0)).toFixed(3),
			'—',
			String(cleanRuns.filter((r) => r.error).length)
		],
		...FORMATS.map(column)
	];
	const labels = [
		'sentence fidelity',
		'extra sentences / article',
		'questions / article',
		'identical-question share',
		'key-fact recall',
		'title = headline',
		'failed imports or generations'
	];
	const lines = [
		`${ids.length} articles (${[...HELD_OUT].join(', ')} held out)`,
		...pdfLines,
		'',
		...table([
			['', 'clean', ...FORMATS],
			...labels.map((label, row) => [label, ...columns.map((values) => values[row]!)])
		])
	];
	for (const format of FORMATS) {
		const cs = [...results.get(format)!].sort(worse);
		const differing = cs.filter((c) => c.fidelity < 1 || c.extra.length > 0 || c.identical < 1);
		lines.push(
			'',
			`${format}: ${differing.length} of ${cs.length} articles differ from the clean text`
		);
		lines.push(...differing.slice(0, WORST_ARTICLES).map(articleLine));
		lines.push(...repeatedExtras(cs));
		const worst = cs[0];
		if (!worst || (worst.fidelity === 1 && worst.extra.length === 0)) continue;
		const theirs = imported.get(format)!.get(worst.id)!.units;
		const ours = clean.get(worst.id)!.units;
		lines.push(`  worst, ${worst.id}:`);
		const pairs = (label: string, sentences: string[], other: string, among: string[]) => {
			for (const sentence of sentences.slice(0, EXAMPLES)) {
				const [mine, theirs] = whereTheyDiffer(sentence, nearest(sentence, among) ?? '');
				lines.push(`    ${label.padStart(7)}: ${mine}`);
				if (theirs) lines.push(`    ${other.padStart(7)}: ${theirs}`);
			}
		};
		pairs('missing', worst.missing, 'got', theirs);
		pairs('extra', worst.extra, 'clean', ours);
	}
	return lines;
}

async function main(): Promise<void> {
	const source = process.argv[2] ?? '../shared/eval/news';
	const pdfjs: PdfjsLibrary = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const layouts = new Map<PaperName, PdfLayout[]>();
	const read = importers(pdfjs, (paper, layout) =>
		layouts.set(paper, [...(layouts.get(paper) ?? []), layout])
	);
	const ids = readdirSync(source)
		.map((name) => /^(n\d+)\.txt$/.exec(name)?.[1])
		.filter((id): id is string => id !== undefined && !HELD_OUT.has(id))
		.sort();

	const headlines = new Map<string, string>();
	const cleanTexts = new Map<string, string>();
	const clean = new Map<string, Run>();
	const importedTexts = new Map(FORMATS.map((f) => [f, new Map<string, string>()]));
	const imported = new Map(FORMATS.map((f) => [f, new Map<string, Run>()]));
	for (const id of ids) {
		const text = readFileSync(join(source, `${id}.txt`), 'utf8');
		const article = articleOf(id, text);
		headlines.set(id, article.title);
		cleanTexts.set(id, text);
		clean.set(id, run(text));
		for (const format of FORMATS) {
			const result = await read[format](article);
			// The builder puts the article's text in the article box and its title in the title field.
			importedTexts.get(format)!.set(id, result.ok ? result.value.text : '');
			imported
				.get(format)!
				.set(
					id,
					result.ok
						? run(result.value.text, result.value.title)
						: { units: [], prompts: [], error: result.errors.join(' ') }
				);
		}
		process.stderr.write('.');
	}
	process.stderr.write('\n');

	const scratch = mkdtempSync(join(tmpdir(), 'import-parity-'));
	try {
		const cleanRecall = recallOf(cleanTexts, source, scratch);
		const results = new Map<Format, Comparison[]>();
		for (const format of FORMATS) {
			const recall = recallOf(importedTexts.get(format)!, source, scratch);
			results.set(
				format,
				ids.map((id) => ({
					...compare(id, clean.get(id)!, imported.get(format)!.get(id)!, headlines.get(id)!),
					recall: recall.get(id) ?? 0
				}))
			);
		}
		process.stdout.write(
			`${report(ids, clean, cleanRecall, results, imported, layouts).join('\n')}\n`
		);
	} finally {
		rmSync(scratch, { recursive: true, force: true });
	}
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
