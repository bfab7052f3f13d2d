import type { Parsed } from '../../core/validation';
import { LINK_FORMAT_3, linkPayload } from './link-payload';
import type { OpenedShareLink } from './opened-share-link';
import { openV3Link } from './share-v3-decode';

/**
 * `decodeShareLink` for a student's device: a format-3 link (every link made today) opens with
 * what is loaded already; an older format loads its decoder first, which splits the article into
 * sentences with a library no student page should load up front.
 *
 * @example await openShareLinkLazily(location.href) // { ok: true, value: { kind: 'assignment', … } }
 */
export async function openShareLinkLazily(text: string): Promise<Parsed<OpenedShareLink>> {
	const split = linkPayload(text);
	if (!split.ok) return split;
	if (split.value.version === String(LINK_FORMAT_3)) return openV3Link(split.value.data);
	const { decodeShareLink } = await import('./open-link');
	return decodeShareLink(text);
}
