/** How far into an HTML file a browser looks for its `<meta charset>`. */
const CHARSET_WITHIN = 1024;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i;

/**
 * A text file's bytes as text: UTF-8 unless a byte-order mark says UTF-16, the mark itself dropped.
 *
 * @example decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x48, 0x69])) // 'Hi'
 */
export function decodeText(bytes: Uint8Array): string {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
	return new TextDecoder('utf-8').decode(bytes);
}

/**
 * A saved web page's bytes as text, in the character set its `<meta charset>` (or `http-equiv`
 * content type) names, as a browser reads it: older news sites still save as windows-1252.
 *
 * @example decodeHtml(bytesOf('<meta charset="windows-1252"><p>caf\xe9</p>')) // '…<p>café</p>'
 */
export function decodeHtml(bytes: Uint8Array): string {
	const start = bytes.subarray(0, 2);
	if ((start[0] === 0xff && start[1] === 0xfe) || (start[0] === 0xfe && start[1] === 0xff)) {
		return decodeText(bytes);
	}
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, CHARSET_WITHIN));
	const declared = META_CHARSET.exec(head)?.[1];
	if (declared) {
		try {
			return new TextDecoder(declared).decode(bytes);
		} catch {
			// An unknown charset name: read it as UTF-8, as browsers fall back to a default.
		}
	}
	return decodeText(bytes);
}
