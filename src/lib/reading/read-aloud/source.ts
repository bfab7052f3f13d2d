import type { ArticleBlock } from '../article';
import type { Question } from '../../quiz/question';
import { articleScript } from './article-script';
import { questionScript, type QuestionDisplay } from './question-script';
import type { SpokenItem } from './spoken-item';

/** What a "Listen" control reads: an article, or one quiz question as it is shown. */
export type ReadAloudSource =
	| { kind: 'article'; title: string; blocks: readonly ArticleBlock[] }
	| { kind: 'question'; question: Question; display?: QuestionDisplay };

/** @example scriptOf({ kind: 'article', title: 'Floods', blocks }) // the title, then each sentence */
export function scriptOf(source: ReadAloudSource): SpokenItem[] {
	return source.kind === 'article'
		? articleScript(source.title, source.blocks)
		: questionScript(source.question, source.display);
}
