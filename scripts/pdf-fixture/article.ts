// The invented news article of tests/fixtures/import/two-page-article.pdf. A "|" marks where a
// typesetter may hyphenate a word at a line end; the tests read the text back without them.

export const TITLE = 'Council backs floating solar farm on old reservoir';
export const BYLINE = 'By Maya Okafor, Environment Reporter';
export const RUNNING_HEADER = 'The Example Herald — Weekly Edition';
export const HEADER_DATE = 'Thursday 6 March 2025';
export const RUNNING_FOOTER = 'Printed for classroom use';

export type Block = { heading: string } | { paragraph: string };

export const BLOCKS: Block[] = [
	{
		paragraph:
			"Millbrook's town coun|cil voted on Tues|day to build a float|ing solar farm on the dis|used Hollins Re|ser|voir, a plan its sup|port|ers call the most ambi|tious local energy pro|ject in the county's his|tory. The vote was seven to two after a de|bate that lasted al|most four hours."
	},
	{
		paragraph:
			'The farm will cover about a third of the water’s sur|face with 4,800 pan|els mount|ed on plas|tic floats and an|chored to the res|er|voir bed. En|gi|neers expect it to produce enough elec|tri|city for rough|ly 1,200 homes, and the coun|cil says the income from sell|ing that power will pay back the £6.5 million cost with|in twelve years.'
	},
	{
		paragraph:
			'Sup|port|ers point out that pan|els on water stay cool|er than pan|els on land, which makes them more ef|fi|cient, and that the res|er|voir has been closed to the public since 2009. “This is water nobody can use, turning sun|light into money for the town,” said coun|cil|lor Priya Nanda|kumar, who pro|posed the scheme.'
	},
	{
		paragraph:
			'Op|po|nents worry about the birds that winter on the res|er|voir. The local wild|life trust count|ed more than 300 tufted ducks and a pair of great crest|ed grebes there last Jan|u|ary, and it asked the coun|cil to leave the north|ern bay, where the birds gath|er, free of pan|els. The coun|cil a|greed to that change before the vote, and the trust has said it will not ob|ject to the plan|ning ap|pli|ca|tion.'
	},
	{ heading: 'What happens next' },
	{
		paragraph:
			'Con|struc|tion is due to begin in the au|tumn, once the inter|na|tional en|gi|neer|ing firm chosen to build the farm has fin|ished a sur|vey of the res|er|voir’s dam. A well-known local char|i|ty, Millbrook Energy Share, will offer resi|dents the chance to buy a stake in the project from £50.'
	},
	{
		paragraph:
			'The two coun|cil|lors who voted a|gainst the plan said the town should have wait|ed for a na|tion|al re|view of float|ing solar farms, due next year. One of them, Tom Had|ley, called the de|ci|sion “a gamble with public money”, al|though he added that he hoped to be proved wrong.'
	},
	{
		paragraph:
			'If the farm works as planned, the coun|cil says it will look at a second site: the flooded gravel pits beside the rail|way line, which are al|ready owned by the town.'
	}
];

/** A block's text as a reader should rebuild it: no hyphenation marks. */
export function plainText(text: string): string {
	return text.replaceAll('|', '');
}
