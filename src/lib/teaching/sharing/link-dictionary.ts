/**
 * The preset DEFLATE dictionary of link format 3: text that the encoder and every decoder already
 * have, so a link can point back into it instead of spelling common words and Lectern's own phrases
 * out. It makes a typical link about a fifth shorter.
 *
 * FROZEN FOREVER. Every format-3 link ever made was compressed against exactly these bytes; change
 * one character and those links no longer open. A test pins its SHA-256. A better dictionary needs
 * a new link format number.
 *
 * Made once: common English words (a hand-written list, plus lowercase words found in at least two
 * of seventeen Voice of America news articles, which are in the public domain), then the fixed
 * phrases of Lectern's question generator, then the start of the format-3 JSON. DEFLATE refers back
 * at most 32 KB, and nearer text is cheaper to refer to, so the likeliest text comes last.
 */

/** Words separated by single spaces, with a space before the first. */
const WORDS = [
	"able about above according across action actions address administration administration's",
	'affirmed after again against agent ago agreed agreement ahead aid all allies allowed',
	'almost along already also although always amid among and announced announcement another',
	'anticipated any anyone appeared approach are area areas arguments army around arrested',
	'as asked at attack attacks attention attorney attorneys auditor authorities away back',
	'balance ban based be became because become been before began being believe best between',
	"bias bill bill's billion bipartisan blocked border both bring brought budget bureau’s",
	'businesses but by called calling came campaign can candidate cannot capital case cast',
	'central ceremony change changed charges chief children cities citizens city claimed',
	'clause clear close closing come comment companies company complete complied concluded',
	'conduct conference confirmed conflict constituted constitutional contentious continue',
	'continuing control controversial could council countries country court courts court’s',
	'credibility criminal crisis criticized current damaged day days deadline deal death',
	'debate decision decisions declared declined delivered department deportation despite',
	'detention determine determined development did died directly discovered discussions does',
	'don’t down drawing during each earlier early economic economy efforts election email',
	'emergency end end-of-year enforce enforcement entry error even every evidence',
	'exonerating expected extension extraordinary face facilities fair families family',
	'federal few fighting final find first five fix floor focus following for force forces',
	'foreign former found four free from fuel funding further future gave general get give',
	'given giving going government great grounds group groups had half handling has have',
	'having he health hearing held help her here high him his home hospital how however human',
	'hundreds if illegal illegally immigrants immigration impacted important in include',
	'including increase independent information informing initially inside inspector',
	'insubordinate intense interior internal international into investigation investigators',
	"is issue issued issues it it's its itself judgment just justice justices key killed know",
	'known larger largest last late later law lawmakers laws lawyer leader leaders leadership',
	'leading least leaving led left legal legally legislation legislative less letter like',
	'likely list local long long-awaited long-term look lot made main major majority make',
	'many march may measure measures media meeting members message middle midst might',
	'military million minister ministry missteps money month months more morning most',
	'motivated move moved much must nation national nationwide near nearly need needed',
	'negatively negotiations never new news next no north not now nuclear number of off',
	'offered office officials on once one ongoing only opinion opposition option or order',
	'ordered organizations other others our out over own parents parliament part party pass',
	'passage passed past path peace people percent period permanent permission phases pileup',
	'place plan planned police policies policy political possible power practical practice',
	'president presidential president’s press prices prime private probe process program',
	'prosecutors protection protest protesters protests provide public publicly pushed put',
	'question rather reached received recent recipients referring refused region related',
	'released religion remarks reopening report reported reporters reports republic rescinded',
	'resources response rest result return review right rights rose rule ruled ruling runs',
	'said same sanctions saw say saying says second security see seen send separated series',
	'serious served service several sharply she short-term should show shutdown side sign',
	'significant since situation so social solution some something south spending split spoke',
	'spokesman state statement states status step steps still stop substance sued summit',
	'support sure system take taken talks targeted task tax telling temporary terms text than',
	'that the their them then there these they think third this those though thousands three',
	'through tie time to today told took toward tried troops tweeted two under undocumented',
	'union unless until up upon us use used very victory violated violence violent vote voted',
	"votes vowed was water way we we'll weapons week weeks well went were west what when",
	'where whether which while who whose why will with within without women won work workers',
	'working world would writing wrongdoing wrote year years yesterday you young'
];

/** Phrases of the question generator (prompts, explanations, feedback), separated by spaces. */
const PHRASES = [
	'The article writes “ In the article, what does the abbreviation “ stand for? How did',
	'describe What share of hold? Why did Why does How many did say According to the article,',
	'what happened as a result of According to the article, what happened because According',
	'to the article, what triggered According to the article, what happened on According to',
	'the article, who said: “ According to the article, which country borders to the north to',
	'the south to the east to the west? Select all that apply. Which of these countries does',
	'the article NOT mention? The article mentions but never The article does not name as a',
	'neighbour of The article says borders , not the Which of these does the article NOT say',
	'happened? The article says this happened. The article dates this to True or false?',
	'According to the article, True: the article gives this figure. False: the article says',
	'after before The article gives a different year. The article says that Choose the words',
	'the article quotes: These words are quoted elsewhere in the article. Match each word',
	'with its meaning in the article. Match each person with their role in the article. Match',
	'each name with how the article describes it. Put these events in the order in which they',
	'happened, according to the article. The article presents this as a result, not as the',
	'cause asked about. Which of these statements does the article support? Select all that',
	'apply. Not what the article says: “ According to the article, which of these statements',
	'are true? Select all that apply. The article gives this for something else. Choose the',
	'answer that fills the gap: What does the article say Which organization Which country',
	'Which place According to the article, who is ”, according to ” is closest in meaning',
	'to…","Here “ In paragraph 1, the word “ In paragraph 2, the word “ In paragraph 3, the',
	'word “ ” means “ This is true, but it is one detail of the story, not what the whole',
	'article is about. The article is mainly about this event: the other paragraphs add its',
	'background, details and reactions. The other options are true, but each covers only one',
	'detail.",[["Which statement best sums up what the article is mainly about?",[1,1],"The',
	'article says: “'
];

const JSON_START = '"],["","],[[",{"i":"m-';

export const LINK_DICTIONARY_V3 = ` ${WORDS.join(' ')} ${PHRASES.join(' ')}${JSON_START}`;
