/**
 * The vocabulary of roles and institutions that news writing puts around names. Words are matched on
 * compromise's `normal` form without a final dot, so "Sen." and "sen" are one entry.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Words that can head a role right before a name: "Director James Comey", "fellow Molly Reynolds". */
export const TITLE_HEADS = words(`
	president vice premier chancellor minister secretary speaker leader senator sen representative rep
	congressman congresswoman lawmaker legislator governor gov mayor judge justice director chief
	chairman chairwoman chair chairperson ceo cfo coo founder co-founder cofounder professor prof
	ambassador envoy general gen lieutenant lt colonel col captain capt sergeant sgt commander admiral
	adm marshal officer agent analyst fellow researcher scientist economist lawyer attorney counsel
	prosecutor king queen prince princess emperor pope bishop archbishop cardinal rabbi imam pastor
	sheikh emir sultan commissioner inspector spokesman spokeswoman spokesperson head editor
	correspondent reporter coach manager treasurer superintendent sheriff detective adviser advisor
	aide strategist activist executive official diplomat delegate candidate nominee dean principal
	historian expert specialist author teacher student engineer president-elect republican democrat
	whip strongman dictator ruler premier-elect consul deputy representatives senators reps
`);

/** Words that sharpen a role but never make one alone: "deputy", "former", "White House". */
export const TITLE_MODIFIERS = words(`
	deputy vice assistant associate senior chief executive former acting interim then incoming outgoing
	first lead press top foreign prime majority minority ranking supreme state national federal
	regional local defense defence finance interior foreign trade health education energy labor
	justice economy police army military campaign communications political legal policy research
	party opposition security intelligence managing general special
`);

/** Words that end a role only after a head: "inspector general", "chief of staff", "Secretary of State". */
export const TITLE_TAILS = words(`
	general staff state defense defence treasury affairs commerce justice homeland security interior
	education health energy labor agriculture transportation
`);

/** Courtesy titles: dropped from names and not worth a role. */
export const COURTESY = words('mr mrs ms miss dr sir dame lord lady messrs mme mlle');

/** Abbreviations whose dot does not end the name run: "Sen. Elizabeth Warren", "Mr. Tokayev". */
export const DOTTED_TITLES = words(
	'mr mrs ms dr sen rep gov gen lt col capt sgt adm prof st jr sr rev hon messrs'
);

/** Words that end an organisation's name: "Justice Department", "Brookings Institution". */
export const ORGANIZATION_WORDS = words(`
	department ministry court agency party caucus committee institution institute university college
	school council congress senate house parliament assembly administration bureau commission union
	bank corporation corp inc ltd llc company group organization organisation project association
	foundation church fund authority office service network federation league alliance board army
	navy police forces guard times post news club center centre hospital coalition movement front
	cabinet embassy tribunal agency secretariat program programme society trust airlines airways
	reserve exchange motors electronics industries holdings technologies pharmaceuticals labs
	securities ventures logistics line lines shipping railways railway energy foods partners capital
	media systems solutions insurance petroleum mining minerals steel telecom communications
	resources construction pharma therapeutics aerospace automotive chemicals cement textiles
	studios entertainment software research consulting associates trading enterprises brands
`);

/** Words that end the name of a made thing, never a person's: "James Webb Space Telescope". */
export const THING_WORDS = words(`
	telescope mission satellite spacecraft rover probe observatory ship vessel
`);

/** Words that end a place's name, never a person's: "Plaza de la Democracia" aside, "Pan-American Highway". */
export const PLACE_WORDS = words(`
	plaza square street avenue road highway bridge dam river lake mountain mountains valley park
	airport stadium port harbour harbor canal bay island islands desert forest market
`);

/** Acronyms that name an organisation even when the article does not expand them. */
export const ORGANIZATION_ACRONYMS = words(`
	fbi cia nsa nato un eu voa imf nasa bbc cnn ap afp opec wto who unicef unesco icc oecd asean irs
	sec fda epa cdc dhs doj pentagon gop dnc rnc csto sco nhs ecb ioc fifa uefa nba nfl reuters
`);

/** A lowercase word after a name that makes the name a modifier: "the Trump administration". */
export const NAME_AS_MODIFIER = words(
	'administration campaign presidency era government team family camp loyalists supporters'
);

/** Leading words that may be dropped to find the same institution: "U.S. Supreme Court". */
export const INSTITUTION_QUALIFIERS = words('u.s us uk eu state federal national');

/** A word's vocabulary form: lowercase, without the dot of an abbreviation. */
export function vocabularyForm(normal: string): string {
	return normal.toLowerCase().replace(/\.$/, '');
}

/** "FBI", "U.S.", "CSTO": two to six capitals, each maybe followed by a dot. */
export function isAcronym(text: string): boolean {
	return /^(?:\p{Lu}\.?){2,6}$/u.test(text);
}

/**
 * Titles readers know without the article ("President", "North Korea's leader"; not "Senate
 * Majority Leader", a title to learn): no question asks who holds one.
 */
export const HEAD_OF_STATE =
	/\b(?:[Pp]resident|[Pp]rime [Mm]inister|[Cc]hancellor|[Kk]ing|[Qq]ueen|[Pp]ope|[Pp]remier|[’']s leader|\p{Lu}\p{Ll}+(?:an|ese|ish|i) leader)$/u;
