/** One utterance of a reading: a sentence, a heading, a question's prompt or one of its options. */
export interface SpokenItem {
	/** What to highlight while it is read (a sentence id such as "p4s2"); none for a heading. */
	id?: string;
	text: string;
}
