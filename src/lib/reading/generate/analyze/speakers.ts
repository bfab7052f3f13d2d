import type { Mention } from '../types';
import { STORM_WORD } from './storm-names';
import type { Cluster } from './entity-names';
import { ATTRIBUTION_VERBS } from './clauses/lexicon';

const SPEECH = [...ATTRIBUTION_VERBS].join('|');
/** "Davila said", "Davila, 19, told VOA": a name that speaks is a person's. */
const SPEAKS_AFTER = new RegExp(`^(?:,\\s+\\d{1,3},)?\\s+(?:${SPEECH})\\b`);
/** "…,” said Jerome Wesevich". */
const SPEAKS_BEFORE = new RegExp(`\\b(?:${SPEECH})\\s+$`);
/** "Berenice Davila, a 19-year-old recipient", "Susan Bloch, a law professor at …". */
const DESCRIBED_AS_PERSON =
	/^,\s+(?:a|an|the)\s+(?:[^,.;]{0,50}?\s)?(?:\d{1,3}-year-old|attorney|lawyer|spokes(?:man|woman|person)|professor|recipient|director|official|chair(?:man|woman)?|student|resident|analyst|expert|economist|researcher|founder|executive|senator|representative|activist|teacher|doctor|mother|father|daughter|son|wife|husband|widow|nurse|farmer|worker|owner|officer|minister|lawmaker|candidate|immigrant|refugee|survivor|victim)\b/;

/**
 * Two or three capitalised words compromise could not place ("Berenice Davila") name a person
 * when the article has them speak ("Davila said", "said Jerome Wesevich") or describes them as one
 * ("…, a 19-year-old recipient"): the cluster becomes a person's, and so a bare surname joins it.
 */
export function promoteSpeakers(clusters: readonly Cluster[]): void {
	const speaking = (mention: Mention) => {
		const text = mention.sentence.text;
		return (
			SPEAKS_AFTER.test(text.slice(mention.end)) ||
			SPEAKS_BEFORE.test(text.slice(0, mention.start)) ||
			DESCRIBED_AS_PERSON.test(text.slice(mention.end))
		);
	};
	const loneSpeakers = new Set(
		clusters
			.flatMap((c) => (c.kind === 'name' ? c.mentions : []))
			.filter((m) => !m.text.includes(' ') && speaking(m))
			.map((m) => m.text.toLowerCase())
	);
	for (const cluster of clusters) {
		if (cluster.kind !== 'name' || !cluster.mentions.every(looksLikePersonName)) continue;
		const surname = cluster.mentions[0]!.text.split(/\s+/).pop()!.toLowerCase();
		if (!cluster.mentions.some(speaking) && !loneSpeakers.has(surname)) continue;
		cluster.kind = 'person';
		for (const mention of cluster.mentions) mention.kind = 'person';
	}
}

/** Last words of institutions' names: "Border Protection said" is an agency speaking. */
const INSTITUTION_HEAD =
	/^(?:Protection|Security|Department|Agency|Administration|Council|Act|Project|Group|Association|Commission|Committee|Court|Service|Services|Center|Centre|Institute|Foundation|Office|Bureau|Ministry|Party|Union|Bank|Fund|Solutions|Consulting|Network|News|Times|Post|Press|Company|Corporation|Authority|Board|Program|Coalition|Alliance|Caucus|Campaign|Society|University|College|School|Hospital|Police|Army|Force|Forces|Guard|Republic|Kingdom|States|Nations)$/;

/**
 * "Berenice Davila", "Aitan Goelman": two or three capitalised words, none an initialism or an
 * institution's last word, and not the tail of a longer name ("Customs and Border Protection").
 */
function looksLikePersonName(mention: Mention): boolean {
	const words = mention.text.split(/\s+/);
	return (
		words.length >= 2 &&
		words.length <= 3 &&
		words.every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w)) &&
		!INSTITUTION_HEAD.test(words[words.length - 1]!) &&
		// "said Dalisay had weakened": a storm named like a person is still a storm.
		!STORM_WORD.test(words[0]!) &&
		// "Senate Democrats said": a group's members, not a person.
		!/(?:crats|cans|ers|ists|ans)$/.test(words[words.length - 1]!) &&
		!/\b(?:and|of|for|the)\s+$/.test(mention.sentence.text.slice(0, mention.start))
	);
}
