/**
 * Our formats nest a few levels deep (an assignment's deepest value is
 * `questions[i].pairs[j].left`); anything far deeper is damage or an attack, and would overflow
 * the stack of the recursive code that later reads or describes it.
 */
const MAX_JSON_DEPTH = 32;

/**
 * Whether parsed JSON nests arrays and objects deeper than `limit`. Walks with its own stack,
 * so it cannot overflow however deep the value is.
 *
 * @example nestsDeeperThan([[[1]]], 2) // true
 */
export function nestsDeeperThan(value: unknown, limit: number = MAX_JSON_DEPTH): boolean {
	const pending: [unknown, number][] = [[value, 0]];
	for (let next = pending.pop(); next; next = pending.pop()) {
		const [item, depth] = next;
		if (item === null || typeof item !== 'object') continue;
		if (depth + 1 > limit) return true;
		for (const child of Object.values(item)) pending.push([child, depth + 1]);
	}
	return false;
}
