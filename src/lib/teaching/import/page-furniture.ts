/** What a block of a web page is when it is not the article, in the words the teacher sees. */
export type Furniture =
	| 'Navigation'
	| 'Advertisements'
	| 'Related links'
	| 'Comments'
	| 'Sharing buttons'
	| 'Newsletter sign-up'
	| 'Cookie notice'
	| 'Captions'
	| 'Page header'
	| 'Page footer'
	| 'Sidebar'
	| 'Forms';

/**
 * Names sites give their furniture in class, id and role attributes, matched against one word of
 * them at a time ("ad-slot" → "ad", "slot"), so "head" or "shadow" never read as an advert.
 * Checked in this order: a cookie banner is a cookie notice, not an advert.
 */
const BY_NAME: [RegExp, Furniture][] = [
	[/^(?:comments?|commentlist|disqus|discussion|replies)$/, 'Comments'],
	[/^(?:cookies?|consent|gdpr)$/, 'Cookie notice'],
	[/^(?:ads?|adslot|advert\w*|sponsor\w*|promo|promoted|dfp|outbrain|taboola)$/, 'Advertisements'],
	[
		/^(?:related|recommend\w*|recirc\w*|trending|popular|mostread|mostpopular|readmore|more)$/,
		'Related links'
	],
	[/^(?:share|sharing|social|sharebar)$/, 'Sharing buttons'],
	[/^(?:newsletter|subscribe|subscription|signup|paywall)$/, 'Newsletter sign-up'],
	[/^(?:nav|navbar|navigation|menu|breadcrumbs?)$/, 'Navigation']
];

const BY_TAG: Record<string, Furniture> = {
	nav: 'Navigation',
	figcaption: 'Captions',
	footer: 'Page footer',
	header: 'Page header',
	aside: 'Sidebar',
	form: 'Forms'
};

const BY_ROLE: Record<string, Furniture> = {
	navigation: 'Navigation',
	banner: 'Page header',
	contentinfo: 'Page footer',
	complementary: 'Sidebar',
	search: 'Forms'
};

/** The words of an element's class, id and label ("main-nav top" → main, nav, top). */
function namesOf(element: Element): string[] {
	const said = [element.getAttribute('class'), element.id, element.getAttribute('aria-label')]
		.filter(Boolean)
		.join(' ')
		.toLowerCase();
	return said.split(/[\s_-]+/).filter(Boolean);
}

/** What `element` itself says it is by its class, id or label ("ad-slot", "comments"). */
export function furnitureByName(element: Element): Furniture | undefined {
	const names = namesOf(element);
	for (const [pattern, furniture] of BY_NAME) {
		if (names.some((name) => pattern.test(name))) return furniture;
	}
	return undefined;
}

/** A `<header>` or `<footer>` inside the article or a section is the article's own, not the page's. */
const OWN_PART = 'article, main, section, aside';

function furnitureByTag(element: Element): Furniture | undefined {
	const tag = element.localName;
	if ((tag === 'header' || tag === 'footer') && element.parentElement?.closest(OWN_PART)) {
		return undefined;
	}
	return BY_TAG[tag] ?? BY_ROLE[element.getAttribute('role') ?? ''];
}

/**
 * What the block around `element` (itself included) is: the nearest element that names itself
 * furniture by class, id or label, else the nearest whose tag or role tells (a sign-up form in a
 * "newsletter" box is the newsletter), else undefined.
 *
 * @example furnitureAround(commentParagraph) // 'Comments'
 */
export function furnitureAround(element: Element): Furniture | undefined {
	const around: Element[] = [];
	for (let at: Element | null = element; at && at.localName !== 'body'; at = at.parentElement) {
		around.push(at);
	}
	for (const at of around) {
		const named = furnitureByName(at);
		if (named) return named;
	}
	for (const at of around) {
		const told = furnitureByTag(at);
		if (told) return told;
	}
	return undefined;
}
