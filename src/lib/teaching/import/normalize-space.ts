const SPACES = /[ \t\n\r\f\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/**
 * Collapses the whitespace HTML source carries, as a browser does when it shows the text, and
 * drops invisible characters (soft hyphens, zero-width spaces) that would split words.
 *
 * @example normalizeSpace('\n\t Floods\u00a0hit  the to\u00adwn ') // 'Floods hit the town'
 */
export function normalizeSpace(text: string): string {
	return text.replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}
