/** The word that opens a storm's name: "Typhoon Dalisay", "Hurricane Ian", "Tropical Storm Ana". */
export const STORM_WORD = /^(?:Typhoon|Hurricane|Cyclone|Storm|Tropical)$/;

/** "Typhoon Dalisay" → "dalisay": the name a later sentence calls the storm by alone. */
export function bareStormName(name: string): string | undefined {
	const words = name.split(/\s+/);
	return words.length === 2 && STORM_WORD.test(words[0]!) ? words[1]!.toLowerCase() : undefined;
}
