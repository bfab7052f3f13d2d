/**
 * Verbs news reports turn on, each with the one that says the opposite happened, in the past form
 * news reports in: "the auditor criticized Comey" against "the auditor praised Comey". A summary
 * with its main verb reversed is a misreading of the whole story, which a student who read it rules
 * out and one who skimmed may not; a swapped name or number inside a modifier only tests a detail
 * (raters called it a trick). One way only where the reverse reads wrong: "released a report" is
 * not the opposite of "arrested", nor "withdrew from the deal" of "unveiled". Past forms only: a
 * base or third-person form is as often a noun ("bipartisan support", "travel bans").
 */
const OPPOSITE: ReadonlyMap<string, string> = new Map([
	['criticized', 'praised'],
	['praised', 'criticized'],
	['blamed', 'praised'],
	['approved', 'rejected'],
	['rejected', 'approved'],
	['accepted', 'rejected'],
	['passed', 'rejected'],
	['supported', 'opposed'],
	['opposed', 'supported'],
	['won', 'lost'],
	['lost', 'won'],
	['rose', 'fell'],
	['fell', 'rose'],
	['increased', 'reduced'],
	['reduced', 'increased'],
	['raised', 'lowered'],
	['lowered', 'raised'],
	['opened', 'closed'],
	['closed', 'opened'],
	['allowed', 'banned'],
	['banned', 'allowed'],
	['confirmed', 'denied'],
	['denied', 'confirmed'],
	['upheld', 'overturned'],
	['overturned', 'upheld'],
	['expanded', 'restricted'],
	['restricted', 'expanded'],
	['refused', 'agreed'],
	['agreed', 'refused'],
	['ended', 'extended'],
	['extended', 'ended'],
	['arrested', 'released'],
	['signed', 'vetoed'],
	['vetoed', 'signed'],
	['welcomed', 'condemned'],
	['condemned', 'welcomed'],
	['blocked', 'approved'],
	['resumed', 'suspended'],
	['suspended', 'resumed'],
	['unveiled', 'withdrew'],
	['separated', 'reunited'],
	['reunited', 'separated']
]);

const NUMBER =
	/^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|hundreds|thousands)$/i;

/** Words after a verb that fit it but not its opposite: "banned from", "allowed to". */
const ONLY_AFTER: ReadonlyMap<string, RegExp> = new Map([
	['banned', /^from$/i],
	['allowed', /^(?:to|into|in)$/i]
]);

/**
 * `statement` with its first reversible verb (within its first `within` words, where a summary's
 * main verb stands) replaced by its opposite; undefined when it has none. "Lawmakers approved a
 * budget" → "Lawmakers rejected a budget".
 */
export function reversed(statement: string, within = 16): string | undefined {
	const words = statement.split(/(\s+)/);
	let seen = 0;
	for (let i = 0; i < words.length; i += 1) {
		const word = words[i]!;
		if (word.trim() === '') continue;
		seen += 1;
		if (seen > within) return undefined;
		const bare = word.replace(/[,.;:!?"”]+$/, '');
		const opposite = OPPOSITE.get(bare);
		if (!opposite) continue;
		// "the approved budget", "2,300 separated children": a participle before a noun is no verb.
		const before = words
			.slice(0, i)
			.filter((w) => w.trim())
			.at(-1);
		if (
			before &&
			(/^(?:the|a|an|this|that|its|their|his|her)$/i.test(before) || NUMBER.test(before))
		)
			continue;
		// "Cars will be banned from the block" → never "allowed from the block".
		const after = words.slice(i + 1).find((w) => w.trim());
		if (after && ONLY_AFTER.get(bare)?.test(after)) return undefined;
		return [...words.slice(0, i), opposite + word.slice(bare.length), ...words.slice(i + 1)].join(
			''
		);
	}
	return undefined;
}
