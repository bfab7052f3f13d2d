/**
 * The first words of a question for the editor's outline, cut at a word boundary.
 *
 * @example firstWords('Which countries border Kazakhstan to the north and the east?', 5) // 'Which countries border Kazakhstan to…'
 */
export function firstWords(text: string, count = 8): string {
	const words = text.trim().split(/\s+/).filter(Boolean);
	return words.length <= count ? words.join(' ') : `${words.slice(0, count).join(' ')}…`;
}
