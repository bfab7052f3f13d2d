import type { Article, Candidate } from '../types';
import { abbreviationQuestions } from './abbreviations';
import { tallyQuestions } from './tallies';
import { borderQuestions } from './borders';
import { causeQuestions } from './causes';
import { mainIdeaQuestions } from './main-idea';
import { numberQuestions } from './numbers';
import { phraseQuestions } from './phrases';
import { quoteQuestions } from './quotes';
import { quotedWordsQuestions } from './quoted-words';
import { reportedWhQuestions } from './reported-wh';
import { roleQuestions } from './roles';
import { trueStatementQuestions } from './true-statements';
import { stanceQuestions } from './stance';
import { whQuestions } from './wh';
import { subjectPhraseQuestions } from './wh-subject-phrase';
import { actionQuestions } from './wh-action';
import { entityQuestions } from './people';
import { sequenceQuestions } from './sequence';
import { notMentionedQuestions } from './not-mentioned';
import { timelineQuestions } from './timeline';
import { vocabularyQuestions } from './vocabulary';
import { whenQuestions } from './when';

/** Every question form; each proposes candidates, and ranking keeps the best per fact. */
export const BUILDERS: readonly ((article: Article) => Candidate[])[] = [
	borderQuestions,
	numberQuestions,
	causeQuestions,
	entityQuestions,
	abbreviationQuestions,
	timelineQuestions,
	sequenceQuestions,
	notMentionedQuestions,
	whenQuestions,
	vocabularyQuestions,
	mainIdeaQuestions,
	quoteQuestions,
	roleQuestions,
	whQuestions,
	subjectPhraseQuestions,
	actionQuestions,
	trueStatementQuestions,
	reportedWhQuestions,
	tallyQuestions,
	quotedWordsQuestions,
	phraseQuestions,
	stanceQuestions
];
