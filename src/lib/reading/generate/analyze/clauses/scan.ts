import type { Context, Draft, Seed } from './types';
import {
	COORDINATORS,
	RELATIVE_PRONOUNS,
	SUBORDINATORS,
	commaAfter,
	has,
	semicolonAfter
} from './lexicon';
import { participleAt, relativeEnd, restrictiveEnd, subordinatorAt } from './boundaries';
import {
	attributionSpeaker,
	leadingAccordingTo,
	speechContent,
	textOf,
	trailingAccordingTo
} from './reported';
import {
	conjunctSeed,
	isRestrictiveRelative,
	leadingOpenerEnd,
	sharesSubject,
	speakerOf
} from './scan-rules';
import { clauseStartsAt, participleAsideEnd, verbGroupEnd } from './verbs';

const NO_SKIP: ReadonlyMap<number, number> = new Map();

function open(ctx: Context, seed: Seed, from: number): number {
	ctx.drafts.push({
		from,
		textFrom: seed.textFrom,
		to: seed.textFrom,
		holes: [],
		nested: [],
		kind: seed.kind,
		connective: seed.connective,
		keepConnective: seed.keepConnective,
		speaker: seed.speaker,
		quoted: seed.quoted,
		parent: seed.parent
	});
	return ctx.drafts.length - 1;
}

/**
 * Cuts the terms [from, to) into clauses, the first of which is introduced as `seed` says, and
 * returns the index of the clause the others in the range depend on.
 */
export function splitRange(
	ctx: Context,
	from: number,
	to: number,
	seed: Seed,
	skip: ReadonlyMap<number, number> = NO_SKIP
): number {
	const reported = seed.kind === 'main' ? 'reported' : seed.kind;
	const start = seed.textFrom;
	const leading = leadingAccordingTo(ctx, start, to);
	if (leading) {
		const speaker = textOf(ctx, leading.speaker.from, leading.speaker.to);
		const next = { ...seed, kind: reported, speaker, textFrom: leading.contentFrom };
		return splitRange(ctx, from, to, { ...next, connective: seed.connective ?? 'according to' });
	}
	const trailing = trailingAccordingTo(ctx, start, to);
	if (trailing) {
		const speaker = textOf(ctx, trailing.speaker.from, trailing.speaker.to);
		const next = {
			...seed,
			kind: reported,
			speaker,
			connective: seed.connective ?? 'according to'
		};
		return splitRange(ctx, from, trailing.tailFrom, next, skip);
	}
	if (!seed.attributed && (seed.kind === 'main' || seed.kind === 'coordinate')) {
		const attributed = splitAttribution(ctx, from, to, seed);
		if (attributed !== undefined) return attributed;
	}
	const leadingClause = subordinatorAt(ctx, start, to);
	if (leadingClause) {
		const comma = hostComma(ctx, start + leadingClause.length, to);
		if (comma !== undefined) {
			const host = splitRange(ctx, comma + 1, to, {
				...seed,
				textFrom: comma + 1,
				connective: undefined
			});
			const sub = subordinateIn(seed, host, start + leadingClause.length, leadingClause.connective);
			splitRange(ctx, from, comma + 1, sub);
			return host;
		}
	}
	return scan(ctx, from, to, seed, skip);
}

/** The comma that ends a leading subordinate clause: the first one a clause with a subject follows. */
function hostComma(ctx: Context, from: number, to: number): number | undefined {
	for (let j = from; j < to - 1; j++) {
		if (commaAfter(ctx.terms[j]) && clauseStartsAt(ctx.terms, ctx.finite, j + 1, to)) return j;
	}
	return undefined;
}

/** "…, officials said." or "The plan, officials said, …": the attribution becomes the host. */
function splitAttribution(ctx: Context, from: number, to: number, seed: Seed): number | undefined {
	const { terms } = ctx;
	const commas: number[] = [];
	for (let j = seed.textFrom; j < to - 1; j++) if (commaAfter(terms[j])) commas.push(j);
	for (const comma of commas) {
		const speaker = attributionSpeaker(ctx, comma + 1, to);
		if (!speaker || !ctx.finite.slice(seed.textFrom, comma + 1).some(Boolean)) continue;
		const host = attributionHost(ctx, comma + 1, to, seed);
		splitRange(ctx, from, comma + 1, reportedTo(ctx, seed, speaker, host), NO_SKIP);
		return host;
	}
	for (let a = 0; a + 1 < commas.length; a++) {
		const open = commas[a]!;
		const close = commas[a + 1]!;
		const speaker = attributionSpeaker(ctx, open + 1, close + 1);
		if (!speaker || close - open > 8) continue;
		const host = attributionHost(ctx, open + 1, close + 1, seed);
		splitRange(
			ctx,
			from,
			to,
			reportedTo(ctx, seed, speaker, host),
			new Map([[open + 1, close + 1]])
		);
		return host;
	}
	return undefined;
}

/** The attribution ("officials said") as a clause of its own, which hosts what it reports. */
function attributionHost(ctx: Context, from: number, to: number, seed: Seed): number {
	return scan(ctx, from, to, { ...seed, textFrom: from, attributed: true }, NO_SKIP);
}

/** A subordinate clause under `parent`, told by the same speaker and as quoted as `outer`. */
function subordinateIn(
	outer: Pick<Seed, 'speaker' | 'quoted'>,
	parent: number,
	textFrom: number,
	connective: string
): Seed {
	return {
		kind: 'subordinate',
		textFrom,
		connective,
		speaker: outer.speaker,
		quoted: outer.quoted,
		parent
	};
}

/** What the attribution reports: the clause's own words, told by the speaker, under the host. */
function reportedTo(
	ctx: Context,
	seed: Seed,
	speaker: { from: number; to: number },
	host: number
): Seed {
	return {
		kind: 'reported',
		textFrom: seed.textFrom,
		connective: seed.connective,
		speaker: textOf(ctx, speaker.from, speaker.to),
		parent: host,
		attributed: true
	};
}

/** Walks the range once, opening a new clause at each boundary it meets. */
function scan(
	ctx: Context,
	from: number,
	to: number,
	seed: Seed,
	skip: ReadonlyMap<number, number>
): number {
	const { terms, finite, drafts } = ctx;
	const head = open(ctx, seed, from);
	let current = head;
	let top = head;
	const close = (at: number) => {
		drafts[current]!.to = at;
	};
	const begin = (next: Seed, at: number, attachTop: boolean) => {
		close(at);
		current = open(ctx, next, at);
		if (attachTop) top = current;
	};
	let i = seed.textFrom;
	// "During a crackdown on protests, the leader says…": no verb is looked for in the opener.
	const openerEnd = leadingOpenerEnd(ctx, i, to);
	while (i < to) {
		const skipEnd = skip.get(i);
		const draft: Draft = drafts[current]!;
		if (skipEnd !== undefined) {
			draft.holes.push([i, skipEnd]);
			i = skipEnd;
			continue;
		}
		const term = terms[i]!;
		const hasVerb = draft.verbAt !== undefined;
		// "The minibuses, known as matatus, stayed": the aside leaves the clause's text.
		const aside = hasVerb ? undefined : participleAsideEnd(terms, finite, i);
		if (aside !== undefined && i > draft.textFrom) {
			draft.holes.push([i, aside]);
			i = aside;
			continue;
		}
		if (i > draft.textFrom) {
			const previous = terms[i - 1];
			const afterComma = commaAfter(previous);
			if (semicolonAfter(previous)) {
				begin(
					{ kind: 'coordinate', textFrom: i, connective: ';', ...conjunctSeed(ctx, top) },
					i,
					true
				);
				continue;
			}
			// "while paying off a debt, and new taxes have been met…": a gerund's phrase has no
			// finite verb, yet ", and" with a subject of its own closes it.
			const gerundPhrase =
				afterComma && draft.kind === 'subordinate' && has(terms[draft.textFrom], 'Gerund');
			if (
				COORDINATORS.has(term.normal) &&
				(hasVerb || gerundPhrase) &&
				!joinsModifiers(terms, i) &&
				!insideOpenSubject(ctx, draft, i)
			) {
				const conjunct = afterComma ? top : current;
				const withSubject = clauseStartsAt(terms, finite, i + 1, to);
				if (withSubject || sharesSubject(ctx, draft, i, to)) {
					const next: Seed = {
						kind: 'coordinate',
						textFrom: i + 1,
						connective: term.normal,
						...conjunctSeed(ctx, conjunct)
					};
					begin(next, i, conjunct === top);
					if (!withSubject)
						drafts[current]!.sharedSubjectOf = drafts[conjunct]!.sharedSubjectOf ?? conjunct;
					i++;
					continue;
				}
			}
			// ", which …," leaves its host's text (a hole); a restrictive "that …" stays in it.
			const nonRestrictive = RELATIVE_PRONOUNS.has(term.normal) && afterComma;
			if (nonRestrictive || isRestrictiveRelative(ctx, i, to, afterComma)) {
				const end = (nonRestrictive ? relativeEnd : restrictiveEnd)(ctx, i, to, hasVerb);
				splitRange(ctx, i, end, {
					kind: 'relative',
					textFrom: i + 1,
					connective: term.normal,
					parent: current
				});
				(nonRestrictive ? draft.holes : draft.nested).push([i, end]);
				i = end;
				continue;
			}
			const subordinate = hasVerb ? subordinatorAt(ctx, i, to) : undefined;
			if (subordinate) {
				const next = subordinateIn(draft, current, i + subordinate.length, subordinate.connective);
				begin(next, i, false);
				i += subordinate.length;
				continue;
			}
			if (hasVerb && participleAt(ctx, i)) {
				const next: Seed = {
					kind: 'subordinate',
					textFrom: i,
					connective: term.normal,
					keepConnective: true,
					parent: top
				};
				begin(next, i, false);
				continue;
			}
		}
		const participle = draft.keepConnective === true && i === draft.textFrom;
		if (!hasVerb && i >= openerEnd && (finite[i] || participle)) {
			draft.verbAt = i;
			const groupEnd = participle ? i + 1 : verbGroupEnd(terms, i, to);
			const content = speechContent(ctx, groupEnd, to);
			// A participle keeps what it reports: ", saying the water was safe" is one unit.
			if (content && !participle) {
				const textFrom = content.at + (content.connective ? 1 : 0);
				const next: Seed = {
					kind: 'reported',
					textFrom,
					connective: content.connective,
					speaker: speakerOf(ctx, current),
					parent: current
				};
				begin(next, content.at, false);
				i = textFrom;
				continue;
			}
			i = groupEnd;
			continue;
		}
		i++;
	}
	close(to);
	return head;
}

/**
 * "the bitter and ongoing political divide": an "and" after a determiner and an adjective joins
 * two modifiers of the noun to come, never two clauses.
 */
function joinsModifiers(terms: Context['terms'], at: number): boolean {
	const previous = terms[at - 1];
	const before = terms[at - 2];
	return (
		previous !== undefined &&
		before !== undefined &&
		previous.tags.has('Adjective') &&
		!previous.tags.has('Noun') &&
		!commaAfter(previous) &&
		(before.tags.has('Determiner') || before.tags.has('Possessive'))
	);
}

/** Words that open a clause whose subject may follow: "when", "where", "because", "that". */
const CLAUSE_OPENERS = new Set([
	...SUBORDINATORS.filter((words) => words.length === 1).map(([word]) => word!),
	'that',
	...RELATIVE_PRONOUNS
]);

/**
 * "It is unclear when or where Trump and Abe will meet": an "and" after a clause opener and before
 * that clause's verb joins two names of its subject, not two clauses.
 */
function insideOpenSubject(ctx: Context, draft: Draft, at: number): boolean {
	// "after a long search, and the army sent…": a comma before "and" closes the opener's phrase.
	if (commaAfter(ctx.terms[at - 1])) return false;
	for (let k = at - 1; k > (draft.verbAt ?? draft.textFrom); k -= 1) {
		if (ctx.finite[k]) return false;
		if (CLAUSE_OPENERS.has(ctx.terms[k]!.normal)) return true;
	}
	return false;
}
