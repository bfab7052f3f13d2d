import { plural } from '../../core/format';
import type { ReadingLevel } from './schema';

/**
 * What people are shown of a reading level. Kept apart from `measure.ts` (and its syllable counter):
 * the build words bundled articles' levels with it, and a student's device loads it on its own.
 */

/**
 * Silent reading speed for the reading time. Adults read non-fiction at about 238 words a minute
 * (Brysbaert, 2019, a meta-analysis of 190 studies); school students read more slowly, and reading
 * to answer questions slower still, so 200 — a round figure a little under the adult mean.
 */
const WORDS_PER_MINUTE = 200;

/** Whole minutes, at least 1 for any text. @example readingMinutes(1180) // 6 */
export function readingMinutes(words: number): number {
	return words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** The lowest and highest grades shown: 1 is "grade 1 or below", 13 "college level". */
const LOWEST_GRADE = 1;
const COLLEGE = 13;

/**
 * One grade for people: the mean of the two formulas, rounded and kept within grade 1 to college.
 * The formulas disagree by a grade or two on most texts; the mean smooths out each one's bias
 * (syllable counting in one, long words in the other). Undefined for a text without words.
 *
 * @example estimatedGrade({ words: 1180, sentences: 50, fleschKincaidGrade: 9.4, colemanLiauIndex: 10.1 }) // 10
 */
export function estimatedGrade(level: ReadingLevel): number | undefined {
	const { fleschKincaidGrade, colemanLiauIndex } = level;
	if (fleschKincaidGrade === null || colemanLiauIndex === null) return undefined;
	const mean = (fleschKincaidGrade + colemanLiauIndex) / 2;
	return Math.min(COLLEGE, Math.max(LOWEST_GRADE, Math.round(mean)));
}

/** @example gradeWords(9) // 'about grade 9' */
export function gradeWords(grade: number): string {
	if (grade <= LOWEST_GRADE) return 'grade 1 or below';
	if (grade >= COLLEGE) return 'college level';
	return `about grade ${grade}`;
}

/**
 * The level in words, with the author's own words for it when an article's front matter gives them:
 * the estimate compares every article on one scale, the author knows the class it was written for.
 *
 * @example levelWords(level, 'upper secondary') // 'about grade 10 (upper secondary)'
 */
export function levelWords(level: ReadingLevel, authorLevel?: string): string | undefined {
	const grade = estimatedGrade(level);
	if (grade === undefined) return authorLevel;
	return authorLevel ? `${gradeWords(grade)} (${authorLevel})` : gradeWords(grade);
}

/**
 * The line a student sees on an article: level, reading time and length.
 *
 * @example readingSummary(level) // 'about grade 9 · 6 min read · 1,180 words'
 */
export function readingSummary(level: ReadingLevel, authorLevel?: string): string {
	const words = levelWords(level, authorLevel);
	const parts = [
		...(words === undefined ? [] : [words]),
		`${readingMinutes(level.words)} min read`,
		plural(level.words, 'word')
	];
	return parts.join(' · ');
}
