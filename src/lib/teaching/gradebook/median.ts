/**
 * The middle value, or the mean of the two middle values for an even count; null for none.
 *
 * @example median([30, 10, 20]) // 20
 * @example median([10, 40, 20, 30]) // 25
 */
export function median(values: readonly number[]): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	const high = sorted[middle] ?? 0;
	return sorted.length % 2 === 1 ? high : ((sorted[middle - 1] ?? 0) + high) / 2;
}
