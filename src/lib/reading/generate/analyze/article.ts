import { wordCount, type ArticleBlock } from '../../article';
import type { Article } from '../types';
import { findAbbreviations } from './abbreviations';
import { findDates } from './dates';
import { findMentions, groupEntities } from './entities';
import { findNumbers } from './numbers';
import { parseSentences } from './parse-sentences';
import { introducedStems } from '../text/question-grammar';

/** Everything question builders need to know about an article, computed once. */
export function analyzeArticle(blocks: readonly ArticleBlock[], title = ''): Article {
	const sentences = parseSentences(blocks);
	const opening = `${title} ${sentences[0]?.text ?? ''}`;
	const mentions = sentences.flatMap(findMentions);
	const entities = groupEntities(mentions);
	const topic = entities
		.filter((e) => e.kind !== 'person' && e.kind !== 'name')
		.map((entity) => ({ entity, count: entity.mentions.length }))
		.sort(
			(a, b) =>
				b.count - a.count ||
				a.entity.mentions[0]!.sentence.position - b.entity.mentions[0]!.sentence.position
		)[0]?.entity;
	return {
		blocks,
		sentences,
		words: wordCount(blocks),
		entities,
		mentions,
		numbers: sentences.flatMap(findNumbers),
		dates: sentences.flatMap(findDates),
		abbreviations: findAbbreviations(sentences),
		title,
		topic,
		introducedNouns: introducedStems(
			opening,
			sentences.map((s) => s.text)
		)
	};
}
