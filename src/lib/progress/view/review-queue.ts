import { dueForReview, type ProgressState, msOf } from '../record';

/** A module as the review needs it; `Q` is the full question or just enough of it to list. */
interface ReviewModule<Q extends { id: string }> {
	slug: string;
	title: string;
	questions: readonly Q[];
}

/** A due question found in the current content. */
export interface ReviewItem<Q extends { id: string }> {
	/** `moduleSlug/questionId`, the key of its progress. */
	key: string;
	slug: string;
	title: string;
	question: Q;
}

export interface ReviewOverview<Q extends { id: string }> {
	/**
	 * Due now, taking turns between modules (each module's own earliest first), so a sitting mixes
	 * articles; questions no module has any more are left out.
	 */
	due: ReviewItem<Q>[];
	/** When the next question that is not yet due falls due (ISO), or null if none is scheduled. */
	nextDueAt: string | null;
}

/**
 * What is due for review at `now`, looked up in the modules the site has now: a question that was
 * edited away or whose module was removed is skipped, never shown broken.
 *
 * @example reviewOverview(state, new Date(), modules).due.length // 3
 */
export function reviewOverview<Q extends { id: string }>(
	state: ProgressState,
	now: Date,
	modules: readonly ReviewModule<Q>[]
): ReviewOverview<Q> {
	const lookup = new Map<string, ReviewItem<Q>>();
	for (const module of modules) {
		for (const question of module.questions) {
			const key = `${module.slug}/${question.id}`;
			lookup.set(key, { key, slug: module.slug, title: module.title, question });
		}
	}
	const due = interleave(dueForReview(state, now).flatMap((key) => lookup.get(key) ?? []));
	const nowMs = now.getTime();
	let next: { ms: number; iso: string } | null = null;
	for (const [key, question] of Object.entries(state.questionStates)) {
		const due = question.card?.due;
		if (!due || !lookup.has(key)) continue;
		const ms = msOf(due);
		if (ms > nowMs && (!next || ms < next.ms)) next = { ms, iso: due };
	}
	return { due, nextDueAt: next?.iso ?? null };
}

/** Round-robin over modules in order of their first item: a1 b1 a2 b2 a3 … */
function interleave<T extends { slug: string }>(items: readonly T[]): T[] {
	const queues = new Map<string, T[]>();
	for (const item of items) queues.set(item.slug, [...(queues.get(item.slug) ?? []), item]);
	const mixed: T[] = [];
	for (let round = 0; mixed.length < items.length; round++) {
		for (const queue of queues.values()) {
			const item = queue[round];
			if (item) mixed.push(item);
		}
	}
	return mixed;
}

/**
 * How many questions of each module are due, for a list beside the modules.
 *
 * @example dueByModule(overview.due) // [{ slug: 'kazakhstan-2022', title: '…', count: 3 }]
 */
export function dueByModule<Q extends { id: string }>(
	due: readonly ReviewItem<Q>[]
): { slug: string; title: string; count: number }[] {
	const counts = new Map<string, { slug: string; title: string; count: number }>();
	for (const item of due) {
		const entry = counts.get(item.slug) ?? { slug: item.slug, title: item.title, count: 0 };
		counts.set(item.slug, { ...entry, count: entry.count + 1 });
	}
	return [...counts.values()];
}
