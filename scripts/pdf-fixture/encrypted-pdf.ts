// A one-page PDF protected by a password, written by hand because pdf-lib cannot encrypt: the
// Standard security handler, revision 2 (40-bit RC4, PDF 1.7 §7.6.3, algorithms 2, 3 and 4), so any
// reader asks for the password and opens it with USER_PASSWORD.
import { createHash } from 'node:crypto';

export const USER_PASSWORD = 'lectern';
const OWNER_PASSWORD = 'lectern-owner';
export const ENCRYPTED_TEXT = 'A handout behind a password';

/** The 32 bytes passwords are padded with (§7.6.3.3, algorithm 2, step a). */
const PADDING = Buffer.from(
	'28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a',
	'hex'
);
/** Printing and copying allowed; the top bits set, as the format requires. */
const PERMISSIONS = -44;
const FILE_ID = Buffer.from('4c65637465726e2066697874757265ff', 'hex');
const KEY_BYTES = 5;

function md5(...parts: Buffer[]): Buffer {
	const hash = createHash('md5');
	for (const part of parts) hash.update(part);
	return hash.digest();
}

/** RC4, which OpenSSL 3 no longer offers by default. */
function rc4(key: Buffer, data: Buffer): Buffer {
	const state = Array.from({ length: 256 }, (_, index) => index);
	let j = 0;
	for (let i = 0; i < 256; i += 1) {
		j = (j + (state[i] ?? 0) + (key[i % key.length] ?? 0)) & 0xff;
		[state[i], state[j]] = [state[j] ?? 0, state[i] ?? 0];
	}
	const output = Buffer.alloc(data.length);
	let i = 0;
	j = 0;
	for (let index = 0; index < data.length; index += 1) {
		i = (i + 1) & 0xff;
		j = (j + (state[i] ?? 0)) & 0xff;
		[state[i], state[j]] = [state[j] ?? 0, state[i] ?? 0];
		output[index] = (data[index] ?? 0) ^ (state[((state[i] ?? 0) + (state[j] ?? 0)) & 0xff] ?? 0);
	}
	return output;
}

function padded(password: string): Buffer {
	return Buffer.concat([Buffer.from(password, 'latin1'), PADDING]).subarray(0, 32);
}

function littleEndian(value: number, bytes: number): Buffer {
	const buffer = Buffer.alloc(4);
	buffer.writeInt32LE(value);
	return buffer.subarray(0, bytes);
}

export function encryptedPdf(): Buffer {
	const ownerValue = rc4(md5(padded(OWNER_PASSWORD)).subarray(0, KEY_BYTES), padded(USER_PASSWORD));
	const fileKey = md5(
		padded(USER_PASSWORD),
		ownerValue,
		littleEndian(PERMISSIONS, 4),
		FILE_ID
	).subarray(0, KEY_BYTES);
	const userValue = rc4(fileKey, PADDING);
	const objectKey = (number: number) =>
		md5(fileKey, littleEndian(number, 3), littleEndian(0, 2)).subarray(0, KEY_BYTES + 5);

	const content = rc4(
		objectKey(4),
		Buffer.from(`BT /F1 18 Tf 72 720 Td (${ENCRYPTED_TEXT}) Tj ET`, 'latin1')
	);
	const objects: Buffer[] = [
		Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
		Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
		Buffer.from(
			'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>'
		),
		Buffer.concat([
			Buffer.from(`<< /Length ${content.length} >>\nstream\n`),
			content,
			Buffer.from('\nendstream')
		]),
		Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'),
		Buffer.from(
			`<< /Filter /Standard /V 1 /R 2 /O <${ownerValue.toString('hex')}> /U <${userValue.toString('hex')}> /P ${PERMISSIONS} >>`
		)
	];

	const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
	const offsets: number[] = [];
	let length = parts[0]?.length ?? 0;
	objects.forEach((body, index) => {
		offsets.push(length);
		const object = Buffer.concat([
			Buffer.from(`${index + 1} 0 obj\n`),
			body,
			Buffer.from('\nendobj\n')
		]);
		parts.push(object);
		length += object.length;
	});
	const xref = [
		'xref',
		`0 ${objects.length + 1}`,
		'0000000000 65535 f ',
		...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n `),
		'trailer',
		`<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 6 0 R /ID [<${FILE_ID.toString('hex')}> <${FILE_ID.toString('hex')}>] >>`,
		'startxref',
		String(length),
		'%%EOF',
		''
	].join('\n');
	parts.push(Buffer.from(xref, 'latin1'));
	return Buffer.concat(parts);
}
