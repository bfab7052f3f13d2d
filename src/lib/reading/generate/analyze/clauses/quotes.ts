import type { Context, TermRange } from './types';
import { COORDINATORS, commaAfter, has } from './lexicon';
import { attributionSpeaker, textOf } from './reported';
import { splitRange } from './scan';

interface Attribution extends TermRange {
	speaker: string;
}

/** Character ranges between paired quote marks; an unclosed quote runs to the end. */
export function quoteSpans(text: string): [number, number][] {
	const spans: [number, number][] = [];
	let openAt: number | undefined;
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (char === '“' || (char === '"' && openAt === undefined)) {
			openAt = i + 1;
		} else if ((char === '”' || char === '"') && openAt !== undefined) {
			spans.push([openAt, i]);
			openAt = undefined;
		}
	}
	if (openAt !== undefined) spans.push([openAt, text.length]);
	return spans;
}

/** Term ranges of quotes that stand as whole clauses: set off by commas, colons or the sentence edges. */
function standaloneQuotes(ctx: Context): TermRange[] {
	const { terms } = ctx;
	const quotes: TermRange[] = [];
	for (const [open, close] of quoteSpans(ctx.text)) {
		const from = terms.findIndex((t) => t.start >= open);
		if (from < 0) continue;
		let to = from;
		while (to < terms.length && terms[to]!.end <= close) to++;
		if (to === from) continue;
		const before = terms[from - 1];
		const after = terms[to - 1]!;
		const opensClause = !before || /[,:]/.test(before.post);
		const closesClause = to === terms.length || /[,.!?;:—]/.test(after.post);
		if (opensClause && closesClause) quotes.push({ from, to });
	}
	return quotes;
}

function attributionIn(ctx: Context, from: number, to: number): Attribution | undefined {
	if (to <= from) return undefined;
	let end = to;
	let speaker = attributionSpeaker(ctx, from, end);
	// '"…," Abe said, adding that…': the attribution stops at its own comma.
	for (let j = from; !speaker && j < to - 1; j++) {
		if (!commaAfter(ctx.terms[j])) continue;
		end = j + 1;
		speaker = attributionSpeaker(ctx, from, end);
		break;
	}
	return speaker ? { from, to: end, speaker: textOf(ctx, speaker.from, speaker.to) } : undefined;
}

/**
 * Direct quotes with a speaker ('"We agreed to meet," Abe said, "but…"'): each quoted part becomes a
 * reported clause hanging on the attribution. Returns false when the sentence has no such quote, so
 * its quotes are only words inside ordinary clauses.
 */
export function splitQuotes(ctx: Context): boolean {
	const quotes = standaloneQuotes(ctx);
	if (quotes.length === 0) return false;
	const n = ctx.terms.length;
	const found = quotes.map((quote, k) => {
		const after = attributionIn(ctx, quote.to, quotes[k + 1]?.from ?? n);
		const previousEnd = quotes[k - 1]?.to ?? 0;
		const beforeEndsWell = quote.from > 0 && /[,:]/.test(ctx.terms[quote.from - 1]!.post);
		return after ?? (beforeEndsWell ? attributionIn(ctx, previousEnd, quote.from) : undefined);
	});
	const known = found.filter((a): a is Attribution => a !== undefined);
	if (known.length === 0) return false;
	const hosts = new Map<number, number>();
	for (const attribution of known) {
		if (hosts.has(attribution.from)) continue;
		const kind = hosts.size === 0 ? 'main' : 'coordinate';
		const seed = { kind, textFrom: attribution.from, attributed: true } as const;
		hosts.set(attribution.from, splitRange(ctx, attribution.from, attribution.to, seed));
	}
	const covered = new Array<boolean>(n).fill(false);
	const mark = (range: TermRange) => covered.fill(true, range.from, range.to);
	known.forEach(mark);
	quotes.forEach((quote, k) => {
		// A quote without its own attribution belongs to the nearest one: the other half of a split quote.
		const attribution = found[k] ?? nearest(found, k) ?? known[0]!;
		const first = ctx.terms[quote.from]!;
		const joined = COORDINATORS.has(first.normal) && quote.to - quote.from > 1;
		splitRange(ctx, quote.from, quote.to, {
			kind: 'reported',
			textFrom: quote.from + (joined ? 1 : 0),
			connective: joined ? first.normal : undefined,
			speaker: attribution.speaker,
			quoted: true,
			parent: hosts.get(attribution.from),
			attributed: true
		});
		mark(quote);
	});
	splitLeftovers(ctx, covered, hosts.values().next().value);
	return true;
}

function nearest(found: readonly (Attribution | undefined)[], k: number): Attribution | undefined {
	for (let d = 1; d < found.length; d++) {
		const near = found[k - d] ?? found[k + d];
		if (near) return near;
	}
	return undefined;
}

/** Words outside the quotes and their attributions: ", adding that talks would resume". */
function splitLeftovers(ctx: Context, covered: readonly boolean[], host: number | undefined): void {
	let i = 0;
	while (i < covered.length) {
		if (covered[i]) {
			i++;
			continue;
		}
		let end = i;
		while (end < covered.length && !covered[end]) end++;
		const first = ctx.terms[i]!;
		const participle = has(first, 'Gerund');
		if (end - i > 1 || participle) {
			splitRange(ctx, i, end, {
				kind: participle ? 'subordinate' : 'coordinate',
				textFrom: i,
				connective: participle ? first.normal : undefined,
				keepConnective: participle,
				parent: host
			});
		}
		i = end;
	}
}
