/**
 * Merges this tab's change of a stored list with what another tab stored meanwhile, by id:
 * `base` is the list as this tab last read or wrote it, `mine` what this tab wants to write,
 * `theirs` what storage holds now. An entry this tab added or changed is written as it has it; an
 * entry it removed stays removed; everything else comes from storage, so an edit, an addition or
 * a removal made in another tab is never lost. Entries only storage has come first (lists are
 * kept newest first).
 *
 * @example mergeById([a], [a, b], [a2, c], (x) => x.id) // [c, a2, b]: a2 from the other tab, b from this one
 */
export function mergeById<T>(
	base: readonly T[],
	mine: readonly T[],
	theirs: readonly T[],
	idOf: (item: T) => string
): T[] {
	const baseById = new Map(base.map((item) => [idOf(item), item]));
	const mineIds = new Set(mine.map(idOf));
	const theirsById = new Map(theirs.map((item) => [idOf(item), item]));
	const addedElsewhere = theirs.filter((item) => {
		const id = idOf(item);
		return !mineIds.has(id) && !baseById.has(id);
	});
	const merged = mine.map((item) => {
		const id = idOf(item);
		const before = baseById.get(id);
		const stored = theirsById.get(id);
		const untouchedHere = before !== undefined && same(before, item);
		return untouchedHere && stored !== undefined ? stored : item;
	});
	// An entry this tab did not touch but another tab removed stays removed.
	const removedElsewhere = new Set(
		[...baseById.keys()].filter((id) => !theirsById.has(id) && mineIds.has(id))
	);
	return [
		...addedElsewhere,
		...merged.filter((item) => {
			const id = idOf(item);
			return !removedElsewhere.has(id) || !same(baseById.get(id) as T, item);
		})
	];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
