/**
 * The two readability formulas, from the ratios they are defined on. Both estimate the US school
 * grade whose students can read a text; neither knows the topic or how familiar the words are.
 */

/**
 * Flesch–Kincaid grade level (Kincaid et al., 1975). Unbounded: −3.40 for one-syllable,
 * one-word sentences; very long sentences go past any school grade.
 *
 * @example fleschKincaidGrade(5.7, 1.02) // −1.33 (Green Eggs and Ham, as Wikipedia gives it)
 */
export function fleschKincaidGrade(wordsPerSentence: number, syllablesPerWord: number): number {
	return 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59;
}

/**
 * Coleman–Liau index (Coleman & Liau, 1975): counts letters, not syllables.
 *
 * @example colemanLiauIndex(464.29, 28.57) // 3.04 (a Dr. Seuss line, as CS50's Readability gives it)
 */
export function colemanLiauIndex(lettersPer100Words: number, sentencesPer100Words: number): number {
	return 0.0588 * lettersPer100Words - 0.296 * sentencesPer100Words - 15.8;
}
