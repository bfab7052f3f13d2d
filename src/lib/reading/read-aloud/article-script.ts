import type { ArticleBlock } from '../article';
import type { SpokenItem } from './spoken-item';

/**
 * What "Listen" reads on an article page: the title, then every heading and sentence in order.
 * Sentences keep their ids (`p4s2`), so the page can highlight the one being read.
 *
 * @example articleScript('Floods', blocks) // [{ text: 'Floods' }, { id: 'p1s1', text: '…' }, …]
 */
export function articleScript(title: string, blocks: readonly ArticleBlock[]): SpokenItem[] {
	const items: SpokenItem[] = title.trim() ? [{ text: title }] : [];
	for (const block of blocks) {
		if (block.kind === 'heading') items.push({ text: block.text });
		else
			for (const sentence of block.sentences) items.push({ id: sentence.id, text: sentence.text });
	}
	return items;
}
