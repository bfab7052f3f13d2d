import { parsedError, type Parsed } from '../../core/validation';
import { LINK_FORMAT_3, linkPayload } from './link-payload';
import type { OpenedShareLink } from './opened-share-link';
import { openV3Link } from './share-v3-decode';

/**
 * `decodeShareLink` for a student's device: a format-3 link (every link made today) opens with
 * what is loaded already; an older format loads its decoder first, which splits the article into
 * sentences with a library no student page should load up front (nor any device cache at install).
 *
 * @example await openShareLinkLazily(location.href) // { ok: true, value: { kind: 'assignment', … } }
 */
export async function openShareLinkLazily(text: string): Promise<Parsed<OpenedShareLink>> {
	const split = linkPayload(text);
	if (!split.ok) return split;
	if (split.value.version === String(LINK_FORMAT_3)) return openV3Link(split.value.data);
	let decoder: typeof import('./open-link');
	try {
		decoder = await import('./open-link');
	} catch {
		return parsedError(OLDER_LINK_NEEDS_CONNECTION);
	}
	return decoder.decodeShareLink(text);
}

/** The decoder of older links is cached on first use (it is heavy), so offline before then it may be missing. */
export const OLDER_LINK_NEEDS_CONNECTION =
	'This link was made by an older version of Lectern, so this device must load its decoder once to open it. Connect to the internet and open the link again; after that the module works offline.';
