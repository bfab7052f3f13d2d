import type { ImportedArticle } from './imported-article';
import { articleTextOf, type PdfBlock, type RebuiltPdfText } from './pdf-paragraphs';

/** Titles that word processors write into a PDF's metadata by themselves, not the article's. */
const GENERATED_TITLE =
	/^(?:untitled|microsoft (?:word|powerpoint|excel)\s*-.*|.*\.(?:docx?|odt|rtf|pages|pdf|txt))$/i;
const BYLINE = /^by\s+(\p{Lu}.*)$/iu;
const BYLINE_MAX_CHARS = 100;
/** How many blocks from the top a byline may sit. */
const BYLINE_WITHIN = 3;

/**
 * The imported article from a PDF's rebuilt text: the title is the metadata's (unless a word
 * processor made it up from a file name) or else the opening heading; an opening heading that is
 * the title and a "By …" line near the top leave the text for the title and byline fields.
 *
 * @example pdfArticleOf({ blocks: [{ kind: 'heading', text: 'Harbour deal' }, …], dropped: [] }, undefined).title // 'Harbour deal'
 */
export function pdfArticleOf(
	rebuilt: RebuiltPdfText,
	metadataTitle: string | undefined
): ImportedArticle {
	let blocks = rebuilt.blocks;
	const statedTitle = usableTitle(metadataTitle);
	const opening = blocks[0]?.kind === 'heading' ? blocks[0] : undefined;
	const title = statedTitle ?? opening?.text;
	if (opening && (!statedTitle || comparable(opening.text) === comparable(statedTitle))) {
		blocks = blocks.slice(1);
	}

	const bylineIndex = blocks.slice(0, BYLINE_WITHIN).findIndex(isByline);
	const byline = BYLINE.exec(blocks[bylineIndex]?.text ?? '')?.[1]?.trim();
	if (byline) blocks = blocks.filter((_, index) => index !== bylineIndex);

	return {
		text: articleTextOf(blocks),
		...(title ? { title } : {}),
		...(byline ? { byline } : {}),
		dropped: rebuilt.dropped
	};
}

function usableTitle(title: string | undefined): string | undefined {
	const trimmed = title?.replace(/\s+/g, ' ').trim();
	return trimmed && !GENERATED_TITLE.test(trimmed) ? trimmed : undefined;
}

function isByline(block: PdfBlock): boolean {
	return (
		block.kind === 'paragraph' && block.text.length <= BYLINE_MAX_CHARS && BYLINE.test(block.text)
	);
}

function comparable(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}
