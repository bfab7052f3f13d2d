/**
 * Text made safe as part of a file name on every system: lower case, every run of characters that
 * are not letters, marks or digits made one "-", none at either end, at most `maxChars` code points
 * (never cut inside a surrogate pair); '' when nothing is left. Accents on Latin letters are dropped
 * ("López" → "lopez"); other scripts are kept as they are ("Андрей" keeps its "й").
 *
 * @example fileNamePart('Ana López', 40) // 'ana-lopez'
 */
export function fileNamePart(text: string, maxChars: number): string {
	const slug = text
		.normalize('NFKD')
		.replace(/(\p{Script=Latin})[\u0300-\u036f]+/gu, '$1')
		.normalize('NFC')
		.toLowerCase()
		.replace(/[^\p{L}\p{M}\p{N}]+/gu, '-');
	return [...slug]
		.slice(0, maxChars)
		.join('')
		.replace(/^-+|-+$/g, '');
}

/**
 * The name a downloaded backup is saved under, dated by the UTC day it was made.
 *
 * @example backupFileName(new Date('2026-03-01T09:00:00Z')) // 'lectern-progress-2026-03-01.json'
 */
export const backupFileName = (now: Date, label = 'progress'): string =>
	`lectern-${label}-${now.toISOString().slice(0, 10)}.json`;
