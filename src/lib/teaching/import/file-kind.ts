/** The kinds of file the builder imports, each with its own reader. */
export type FileKind = 'text' | 'html' | 'docx' | 'pdf';

const BY_EXTENSION: Record<string, FileKind> = {
	txt: 'text',
	text: 'text',
	md: 'text',
	markdown: 'text',
	html: 'html',
	htm: 'html',
	xhtml: 'html',
	docx: 'docx',
	pdf: 'pdf'
};

const BY_TYPE: Record<string, FileKind> = {
	'text/plain': 'text',
	'text/markdown': 'text',
	'text/html': 'html',
	'application/xhtml+xml': 'html',
	'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
	'application/pdf': 'pdf'
};

/** What to do with files teachers often have that Lectern does not read. */
const ADVICE: Record<string, string> = {
	doc: 'It is in the older Word format (.doc): open it in Word and save it as a Word document (.docx).',
	odt: 'Save it as a Word document (.docx) or a PDF from your word processor, and choose that.',
	rtf: 'Save it as a Word document (.docx) or a PDF from your word processor, and choose that.',
	pages: 'Export it from Pages as a Word document (.docx) or a PDF, and choose that.',
	mht: 'Save the page again choosing “Web page, HTML only” (.html).',
	mhtml: 'Save the page again choosing “Web page, HTML only” (.html).',
	webarchive: 'Save the page again choosing “Web page, HTML only” (.html), or copy its text.'
};

const ACCEPTED =
	'Lectern reads web pages (.html), Word documents (.docx), PDFs, and text or Markdown files (.txt, .md).';

const extensionOf = (name: string) => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';

const startsWith = (bytes: Uint8Array, text: string) =>
	[...text].every((char, index) => bytes[index] === char.charCodeAt(0));

/**
 * Which reader a file goes to: by its name's extension, else by the type the browser gives it,
 * else by its first bytes (a PDF's "%PDF-", a web page's "<!doctype html"). Undefined for anything
 * else.
 *
 * @example fileKind('report.DOCX', '', bytes) // 'docx'
 */
export function fileKind(name: string, type: string, head: Uint8Array): FileKind | undefined {
	const byName = BY_EXTENSION[extensionOf(name)];
	if (byName) return byName;
	if (ADVICE[extensionOf(name)]) return undefined;
	const byType = BY_TYPE[type.split(';')[0]!.trim().toLowerCase()];
	if (byType) return byType;
	if (startsWith(head, '%PDF-')) return 'pdf';
	const opening = new TextDecoder('latin1').decode(head.subarray(0, 256)).trimStart().toLowerCase();
	if (opening.startsWith('<!doctype html') || opening.startsWith('<html')) return 'html';
	return undefined;
}

/** Why a file of no readable kind was not read, and what to choose instead. */
export function unreadableKindAdvice(name: string): string {
	return ADVICE[extensionOf(name)] ?? `It is not a kind of file Lectern can read. ${ACCEPTED}`;
}
