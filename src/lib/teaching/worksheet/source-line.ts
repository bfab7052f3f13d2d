import type { ArticleMeta } from '../../reading/article';
import { formatCalendarDate } from '../../core/format';

/**
 * Where a bundled article comes from, as one printed line: on paper a link cannot be followed, so
 * its address is written out.
 *
 * @example articleSourceLine({ source: 'The Example Herald', published: '2022-01-07' })
 * // 'The Example Herald, 7 January 2022'
 */
export function articleSourceLine(
	meta: Pick<ArticleMeta, 'source' | 'published' | 'sourceUrl'>
): string {
	const line = `${meta.source}, ${formatCalendarDate(meta.published)}`;
	return meta.sourceUrl ? `${line} (${meta.sourceUrl})` : line;
}
