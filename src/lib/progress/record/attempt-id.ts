/**
 * A new attempt's id: its module, when it finished (base 36) and up to six random characters, so
 * attempts stay distinct when backups from two devices are merged. `random` returns a number in
 * [0, 1), as `Math.random` does; tests pass a fixed one.
 *
 * @example attemptId('kazakhstan-2022', 1764147600000, () => 0.123456789) // 'kazakhstan-2022-mifrxk00-4fzzzx'
 */
export function attemptId(moduleSlug: string, finishedAt: number, random: () => number): string {
	return `${moduleSlug}-${finishedAt.toString(36)}-${random().toString(36).slice(2, 8)}`;
}
