/**
 * Turns raw pasted text (or an already-clean Markdown body) into a clean Markdown body: paragraphs
 * separated by blank lines, `## ` sub-headings, and none of the page furniture that is not the
 * article (related-story lists, captions and credits, adverts, sign-up and share prompts, bylines).
 *
 * Invariant: an already-clean Markdown body comes out segmenting exactly as it went in, because
 * questions link to sentence ids of `segmentBody(body)`. So clean blocks are kept verbatim and only
 * whole junk lines are ever removed.
 */

const FRONT_MATTER = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/;

const RELATED_HEADER =
	/^(?:also read|read more|related(?: stories| articles| coverage| content)?|see also|more on this story|more from \w+|recommended(?: reading)?|you may also like|read next|further reading|top stories|most read)\s*(?:[:：]\s*|$)/i;

const JUNK_LINES: readonly RegExp[] = [
	/^advertisement$/i,
	/^story continues below(?: this)? advertisement$/i,
	/^(?:photo|photograph|picture|image|image caption|caption|image source|video|media caption|credit)s?(?: credit)?\s*[:：]/i,
	/^image caption\b/i,
	/^[(]?(?:reuters|ap|afp|epa|ap photo|getty images|afp via getty images|shutterstock|pa media)[)]?\.?$/i,
	/^(?:sign up|subscribe|get (?:our|the) \w+ newsletter|join our|newsletter)\b/i,
	/^(?:share(?: this)?(?: article| story| page)?|share on \w+|tweet|copy link|email|print)\s*[:!]?$/i,
	/^(?:(?:share|tweet|email|print|facebook|twitter|linkedin|whatsapp|reddit|copy link)\s*[|•·,/]?\s*)+$/i,
	/^(?:published|updated|last updated|posted)\b[^.!?]*$/i
];

/** "By Jane Doe", "By Jane Doe and John Roe, Reuters": short, names only, no sentence punctuation. */
const BYLINE =
	/^[Bb]y\s+[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}(?:\s*(?:,|and|&)\s*[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3})*$/u;

const SENTENCE_END = /[.!?…]['"’”)\]]*$/;
const MARKDOWN_BLOCK = /^(?:#{1,6}\s|[-*+]\s|\d+[.)]\s|>)/;
const HTML_HINT =
	/<\/?(?:p|div|span|br|h[1-6]|a|li|ul|ol|script|style|article|section|img)\b[^>]*>/i;

/**
 * @example
 * cleanArticleText('By Jane Doe\nFloods hit the town.\nAdvertisement\nThe river rose.')
 * // 'Floods hit the town.\n\nThe river rose.'
 */
export function cleanArticleText(raw: string): string {
	let text = raw.replace(/\r\n?/g, '\n').replace(FRONT_MATTER, '');
	if (HTML_HINT.test(text)) text = stripHtml(text);
	const hasBlankLines = /\n[ \t]*\n/.test(text.trim());
	const blocks = hasBlankLines
		? text.split(/\n[ \t]*\n/)
		: text.split('\n').map((line) => line.replace(/^\uFEFF/, ''));
	const kept: string[] = [];
	let inRelatedList = false;
	for (const rawBlock of blocks) {
		const block = rawBlock.replace(/\s+$/, '').replace(/^\s*\n/, '');
		const trimmed = block.trim();
		if (!trimmed) continue;
		if (RELATED_HEADER.test(trimmed) && !isRealParagraph(trimmed.replace(RELATED_HEADER, ''))) {
			inRelatedList = true;
			continue;
		}
		if (inRelatedList) {
			if (!isRealParagraph(trimmed)) continue;
			inRelatedList = false;
		}
		const lines = block.split('\n').filter((line) => !isJunkLine(line.trim()));
		if (lines.length === 0) continue;
		// Multi-line Markdown blocks (lists, wrapped paragraphs) stay verbatim; one line may be a heading.
		kept.push(lines.length === 1 ? asBlock(lines[0]!.trim()) : lines.join('\n'));
	}
	return kept.join('\n\n');
}

function isJunkLine(line: string): boolean {
	if (!line) return false;
	const words = line.split(/\s+/).length;
	if (words <= 12 && BYLINE.test(line)) return true;
	if (words <= 30 && JUNK_LINES.some((pattern) => pattern.test(line))) return true;
	// A credit line such as "Protesters in Almaty. Getty Images" is a caption, not article text.
	return words <= 25 && /(?:getty images|\(reuters\)|\(ap\)|\(afp\)|\bphoto:)\s*$/i.test(line);
}

/** Body text a reader would count as a paragraph: a full sentence of some length, not a list item. */
function isRealParagraph(text: string): boolean {
	if (/^[-*+•]\s|^\d+[.)]\s/.test(text)) return false;
	return SENTENCE_END.test(text) && text.split(/\s+/).length >= 12;
}

/** One line of plain text becomes a paragraph, or a `## ` heading when it reads like one. */
function asBlock(line: string): string {
	if (MARKDOWN_BLOCK.test(line)) return line;
	const words = line.split(/\s+/).length;
	const headingLike = words < 8 && !SENTENCE_END.test(line) && !/[,;:]$/.test(line);
	return headingLike && /\p{Lu}/u.test(line.charAt(0)) ? `## ${line}` : line;
}

function stripHtml(html: string): string {
	return html
		.replace(/<(script|style|noscript)\b[\s\S]*?<\/\1\s*>/gi, ' ')
		.replace(/<!--[\s\S]*?-->/g, ' ')
		.replace(
			/<\/?(?:p|div|br|h[1-6]|li|ul|ol|article|section|blockquote|figure|figcaption)\b[^>]*>/gi,
			'\n\n'
		)
		.replace(/<[^>]*>/g, '')
		.replace(/&nbsp;/g, ' ')
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&apos;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}
