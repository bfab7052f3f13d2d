/**
 * Base64url (RFC 4648 §5) without padding: the alphabet survives URL fragments, e-mail and chat
 * apps untouched. Decoding is strict (canonical form only), so two different strings never stand
 * for the same bytes and a damaged character is reported rather than silently absorbed.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUES = new Map([...ALPHABET].map((char, index) => [char, index]));

/** @example toBase64url(new Uint8Array([251, 255])) // '-_8' */
export function toBase64url(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const chunk = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
		const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
		for (let k = 0; k < chars; k++) out += ALPHABET[(chunk >> (18 - 6 * k)) & 63];
	}
	return out;
}

/**
 * The bytes a base64url string stands for, or null when it is not canonical base64url: a character
 * outside the alphabet, an impossible length, or non-zero leftover bits in the last character.
 *
 * @example fromBase64url('-_8') // Uint8Array [251, 255]
 */
export function fromBase64url(text: string): Uint8Array | null {
	if (text.length % 4 === 1) return null;
	const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
	let bits = 0;
	let bitCount = 0;
	let index = 0;
	for (const char of text) {
		const value = VALUES.get(char);
		if (value === undefined) return null;
		bits = ((bits << 6) | value) & 0xffffff;
		bitCount += 6;
		if (bitCount >= 8) {
			bitCount -= 8;
			bytes[index++] = (bits >> bitCount) & 0xff;
		}
	}
	const leftover = bits & ((1 << bitCount) - 1);
	return leftover === 0 ? bytes : null;
}
