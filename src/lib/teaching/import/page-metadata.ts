import { normalizeSpace } from './normalize-space';

/** What a web page says about itself in its metadata, each part when it says it. */
interface PageMetadata {
	/** YYYY-MM-DD. */
	published?: string;
	source?: string;
	sourceUrl?: string;
}

const PUBLISHED_META = [
	'meta[property="article:published_time"]',
	'meta[name="article:published_time"]',
	'meta[itemprop="datePublished"]',
	'meta[name="date"]',
	'meta[name="pubdate"]',
	'meta[name="publishdate"]',
	'meta[name="dc.date"]',
	'meta[name="DC.date.issued"]',
	'meta[name="parsely-pub-date"]',
	'meta[name="sailthru.date"]'
];
const SOURCE_META = [
	'meta[property="og:site_name"]',
	'meta[name="og:site_name"]',
	'meta[name="application-name"]'
];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const LONGEST_SOURCE = 200;

/**
 * The published date, the publication and the page's own address, from the page's metadata:
 * `article:published_time` and its cousins, then JSON-LD `datePublished`, then a `<time datetime>`;
 * `og:site_name`, then JSON-LD `publisher.name`; `<link rel="canonical">`, then `og:url`. A date
 * keeps the day the page states (its own time zone), and only http(s) addresses count.
 *
 * @example pageMetadata(doc) // { published: '2025-04-14', source: 'The Millbrook Courier', sourceUrl: 'https://…' }
 */
export function pageMetadata(
	doc: Document,
	found: { publishedTime?: string | null } = {}
): PageMetadata {
	const linkedData = linkedDataObjects(doc);
	const published = firstOf(
		[
			found.publishedTime ?? undefined,
			...PUBLISHED_META.map((selector) => metaContent(doc, selector)),
			...linkedData.map((item) => stringField(item, 'datePublished')),
			doc
				.querySelector('time[itemprop="datePublished"], time[pubdate]')
				?.getAttribute('datetime') ?? undefined,
			doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined
		],
		calendarDate
	);
	const source = firstOf(
		[
			...SOURCE_META.map((selector) => metaContent(doc, selector)),
			...linkedData.map((item) => publisherName(item))
		],
		(text) => normalizeSpace(text).slice(0, LONGEST_SOURCE) || undefined
	);
	const sourceUrl = firstOf(
		[
			doc.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? undefined,
			metaContent(doc, 'meta[property="og:url"]')
		],
		webAddress
	);
	return { published, source, sourceUrl };
}

function firstOf(candidates: (string | undefined)[], read: (text: string) => string | undefined) {
	for (const candidate of candidates) {
		const value = candidate === undefined ? undefined : read(candidate);
		if (value !== undefined) return value;
	}
	return undefined;
}

const metaContent = (doc: Document, selector: string) =>
	doc.querySelector(selector)?.getAttribute('content') ?? undefined;

/** "2025-04-14T09:30:00+02:00" → "2025-04-14"; anything but a real calendar date → undefined. */
export function calendarDate(text: string): string | undefined {
	const match = ISO_DATE.exec(text.trim());
	if (!match) return undefined;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
	if (month < 1 || month > 12 || day < 1 || day > daysInMonth) return undefined;
	return match[0];
}

function webAddress(text: string): string | undefined {
	try {
		const url = new URL(text.trim());
		return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
	} catch {
		return undefined;
	}
}

type LinkedData = Record<string, unknown>;

const isObject = (value: unknown): value is LinkedData =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every object in the page's JSON-LD blocks, `@graph` lists opened; broken blocks skipped. */
function linkedDataObjects(doc: Document): LinkedData[] {
	const objects: LinkedData[] = [];
	const collect = (value: unknown) => {
		if (Array.isArray(value)) value.forEach(collect);
		else if (isObject(value)) {
			objects.push(value);
			if (Array.isArray(value['@graph'])) value['@graph'].forEach(collect);
		}
	};
	for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
		try {
			collect(JSON.parse(script.textContent ?? ''));
		} catch {
			// A page's broken JSON-LD is the page's problem; the rest of its metadata still counts.
		}
	}
	return objects;
}

const stringField = (item: LinkedData, field: string) =>
	typeof item[field] === 'string' ? item[field] : undefined;

function publisherName(item: LinkedData): string | undefined {
	const publisher = Array.isArray(item.publisher) ? item.publisher[0] : item.publisher;
	if (typeof publisher === 'string') return publisher;
	return isObject(publisher) ? stringField(publisher, 'name') : undefined;
}
