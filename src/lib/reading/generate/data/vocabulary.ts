/**
 * Words of news and academic English with a short meaning, for "closest in meaning" questions. The
 * meaning is written to stand in for the word in its sentence, in the word's own part of speech:
 * verbs as a verb phrase led by the verb ("bring back"), nouns as a noun phrase, so wrong options
 * drawn from other entries of the same part of speech read alike.
 *
 * Format of each line: word | part of speech (v, n, nu = uncountable noun, adj, adv) | level
 * (1 common, 2 academic, 3 less common: asked first) | meaning | synonyms, comma-separated. The
 * synonyms keep a word's near-equivalents out of its wrong options ("feasible" is never a wrong
 * option for "viable").
 */
const TABLE = `
abandon|v|2|give up completely|desert,quit,leave
abolish|v|3|end officially|scrap,eliminate,end
accelerate|v|2|speed up|hasten,quicken
accumulate|v|3|gather over time|amass,collect,build up
accuse|v|1|say someone did wrong|charge,blame
acknowledge|v|2|admit|accept,concede,recognize
acquire|v|2|get or buy|obtain,gain,purchase
adjacent|adj|3|next to|neighboring,bordering,adjoining
advocate|v|3|support publicly|champion,promote,back
affluent|adj|3|wealthy|rich,prosperous,well-off
aftermath|nu|3|period after a disaster|wake,consequences
allegation|n|3|unproven claim|claim,accusation,charge
allege|v|3|claim without proof|claim,assert
alleviate|v|3|make less severe|ease,relieve,lessen
allocate|v|3|give out for a purpose|assign,distribute,allot
ambiguous|adj|3|unclear|vague,uncertain
amend|v|3|change slightly|revise,modify,alter
anticipate|v|2|expect|foresee,predict
apparent|adj|2|clear|obvious,evident,plain
arbitrary|adj|3|based on chance, not reason|random,unreasoned
assert|v|3|state firmly|claim,declare,insist
assess|v|2|judge|evaluate,appraise,rate
authoritarian|adj|3|demanding strict obedience|dictatorial,autocratic,tyrannical
authorize|v|2|allow officially|approve,permit,sanction
bolster|v|3|strengthen|reinforce,boost,support
boycott|v|3|refuse to deal with|shun,avoid
breach|n|3|broken rule or agreement|violation,infringement,break
brutal|adj|2|savagely violent|cruel,savage,vicious
bureaucracy|nu|3|system of officials|administration,officialdom
candid|adj|3|honest|frank,open,direct
catastrophic|adj|3|disastrous|devastating,ruinous,calamitous
cease|v|3|stop|halt,end,stop
clash|n|2|short fight|fight,skirmish,confrontation
coalition|n|3|alliance|alliance,union,bloc
coherent|adj|3|logical and clear|consistent,logical
collapse|v|2|fall apart suddenly|cave in,crumble,fall
commence|v|3|begin|begin,start
compel|v|3|force|force,oblige,require
compensate|v|3|pay for a loss|reimburse,repay
comprehensive|adj|3|complete|thorough,complete,full
concede|v|3|admit|admit,acknowledge,grant
condemn|v|2|criticize strongly|denounce,criticize,censure
confiscate|v|3|take away by authority|seize,impound
consensus|nu|3|general agreement|agreement,accord
considerable|adj|2|large|substantial,significant,sizeable
contaminate|v|3|pollute|pollute,poison,taint
contend|v|3|argue|argue,claim,maintain
controversial|adj|2|causing disagreement|disputed,contentious,divisive
convene|v|3|meet together|assemble,gather
crackdown|n|3|strict official action|clampdown,suppression,purge
credible|adj|3|believable|believable,plausible,convincing
crucial|adj|2|very important|vital,critical,essential,key
curb|v|3|limit|restrain,restrict,limit,check
curtail|v|3|cut short|reduce,limit,restrict
decline|v|2|go down|fall,drop,decrease,diminish
deem|v|3|consider|consider,judge,regard
defiant|adj|3|openly resisting|rebellious,disobedient
deliberate|adj|3|done on purpose|intentional,planned,conscious
denounce|v|3|condemn publicly|condemn,criticize
deploy|v|3|send into action|station,position,dispatch
deprive|v|3|take away from|rob,strip,deny
deteriorate|v|3|get worse|worsen,decline,degenerate
detain|v|3|hold in custody|hold,arrest,imprison
devastating|adj|2|highly destructive|destructive,catastrophic,ruinous
diminish|v|3|become smaller|decrease,lessen,reduce,decline
diplomat|n|2|official representing a country|envoy,ambassador,emissary
discrepancy|n|3|difference that should not exist|inconsistency,difference,mismatch
dismantle|v|3|take apart|take apart,disassemble
dismiss|v|2|reject as unimportant|reject,disregard,wave aside
displace|v|3|force from home|uproot,expel,evict
dispute|n|2|disagreement|argument,quarrel,conflict
disrupt|v|2|interrupt|interrupt,upset,disturb
dissent|nu|3|disagreement with authority|opposition,disagreement,protest
diverse|adj|2|varied|varied,assorted,mixed
domestic|adj|2|within a country|internal,home,national
dominant|adj|2|most powerful|leading,main,ruling,prevailing
donate|v|2|give as a gift|give,contribute
drastic|adj|3|extreme|extreme,radical,severe
durable|adj|3|long-lasting|lasting,hard-wearing,sturdy
elaborate|adj|3|detailed and complicated|intricate,complex,detailed
eligible|adj|3|allowed to take part|qualified,entitled
eliminate|v|2|remove completely|remove,eradicate,get rid of
embargo|n|3|official ban on trade|ban,boycott,blockade
emerge|v|2|come out|appear,arise,surface
eminent|adj|3|famous and respected|distinguished,renowned,prominent
enact|v|3|make into law|pass,legislate
endorse|v|3|declare support for|support,back,approve
enforce|v|2|make people obey|impose,apply,implement
epicenter|n|3|central point of activity|center,heart,focus,hub
erode|v|3|wear away|wear away,undermine,weaken
erupt|v|3|break out suddenly|break out,explode,flare up
escalate|v|3|increase rapidly|intensify,grow,mount
evacuate|v|2|move people from danger|clear,empty,remove
evident|adj|2|plain to see|obvious,clear,apparent
exacerbate|v|3|make worse|worsen,aggravate,intensify
exceed|v|2|go beyond|surpass,top,pass
exclusive|adj|2|limited to one group|sole,restricted
expand|v|2|grow larger|grow,increase,widen,extend,enlarge
exploit|v|3|take unfair advantage of|abuse,misuse,use
fatal|adj|2|causing death|deadly,lethal,mortal
feasible|adj|3|possible to do|viable,practicable,workable,possible
fluctuate|v|3|change often|vary,swing,shift
formidable|adj|3|impressively powerful|daunting,powerful,mighty
foster|v|3|encourage the growth of|encourage,promote,nurture
fragile|adj|2|easily broken|delicate,weak,brittle
fundamental|adj|2|basic|basic,essential,core
grievance|n|3|complaint about unfair treatment|complaint,objection,protest,grudge
halt|v|2|stop|stop,end,cease
hazardous|adj|3|dangerous|dangerous,risky,unsafe
hostile|adj|2|unfriendly|unfriendly,aggressive,antagonistic
hostage|n|2|person held captive|captive,prisoner
immense|adj|2|very large|huge,vast,enormous,massive
imminent|adj|3|about to happen|impending,approaching,looming
impose|v|2|force on|enforce,inflict,introduce
incentive|n|3|reason to act|motive,inducement,encouragement
incident|n|2|event|event,occurrence,episode
inevitable|adj|3|certain to happen|unavoidable,certain,inescapable
influx|n|3|arrival of large numbers|inflow,flood,arrival
infrastructure|nu|3|basic systems and services|facilities,installations
inhabitant|n|2|resident|resident,occupant,native
initiative|n|2|new plan|scheme,plan,project
insurgent|n|3|rebel fighter|rebel,militant,guerrilla
intervene|v|3|become involved to change something|step in,interfere,mediate
intimidate|v|3|frighten into obeying|frighten,threaten,bully
jeopardize|v|3|put at risk|endanger,threaten,risk
lenient|adj|3|not strict|soft,mild,tolerant
legitimate|adj|3|lawful|lawful,legal,valid,rightful
magnitude|nu|3|great size|size,scale,extent
mandate|n|3|official authority|authority,authorization,order
massive|adj|2|very large|huge,vast,immense,enormous
meager|adj|3|too small|scanty,inadequate,paltry
mediate|v|3|help two sides agree|arbitrate,negotiate,intervene
militant|n|3|armed activist|fighter,radical,insurgent
moderate|adj|2|not extreme|reasonable,mild,middle-of-the-road
monitor|v|2|watch closely|observe,track,watch,check
negligible|adj|3|too small to matter|insignificant,minor,trivial
notorious|adj|3|famous for something bad|infamous,disreputable
obsolete|adj|3|out of date|outdated,outmoded,old-fashioned
obstacle|n|2|something in the way|barrier,hurdle,obstruction
ongoing|adj|2|still happening|continuing,current,continuous
oust|v|3|force out|expel,remove,depose
outbreak|n|2|sudden appearance|eruption,outburst,epidemic
outskirts|n|3|outer parts of a town|suburbs,edges,fringes
overwhelm|v|3|defeat completely|overpower,swamp,crush
paramount|adj|3|most important|supreme,chief,crucial
peacekeeper|n|2|soldier keeping order|guard
pledge|v|3|promise solemnly|promise,vow,swear,commit
plummet|v|3|fall fast|plunge,drop,tumble,fall
postpone|v|2|put off until later|delay,defer,put off
precarious|adj|3|not secure|unstable,shaky,risky
precede|v|3|come before|go before,antedate
predominantly|adv|3|mainly|mainly,chiefly,mostly,largely
preliminary|adj|3|coming before the main part|initial,preparatory,early
premium|n|3|extra amount paid|surcharge,bonus,markup
prestigious|adj|3|highly respected|respected,esteemed,renowned
prevalent|adj|3|widespread|common,widespread,prevailing
profound|adj|3|very great|deep,intense,far-reaching
prohibit|v|2|forbid|forbid,ban,outlaw,bar
prominent|adj|2|important and well known|leading,notable,eminent
prosecute|v|3|take to court|charge,try,sue
provoke|v|3|cause a reaction|cause,prompt,spark,trigger
proximity|nu|3|nearness|nearness,closeness
rally|n|2|mass meeting|demonstration,protest,march
ratify|v|3|approve formally|approve,confirm,endorse
rebel|n|2|person fighting a government|insurgent,revolutionary,militant
reconcile|v|3|make peace between|reunite,settle
rectify|v|3|put right|correct,fix,remedy
reinstate|v|3|bring back|restore,return,reintroduce,bring back
reluctant|adj|2|unwilling|unwilling,hesitant,disinclined
remote|adj|2|far away|distant,isolated,far-off
renounce|v|3|give up formally|abandon,reject,give up
repeal|v|3|cancel a law|revoke,cancel,abolish
reside|v|3|live|live,dwell,stay
resign|v|2|quit a job|quit,step down,leave
resilient|adj|3|quick to recover|tough,hardy,strong
restrict|v|2|limit|limit,curb,restrain,confine
retaliate|v|3|strike back|hit back,strike back,respond
revenue|nu|3|income|income,earnings,takings
revoke|v|3|cancel officially|cancel,withdraw,repeal
rigorous|adj|3|strict and thorough|strict,thorough,meticulous
riot|n|2|violent public disorder|disturbance,uprising,unrest
robust|adj|3|strong|strong,sturdy,vigorous
sanction|n|3|official penalty|penalty,punishment,embargo
saturate|v|3|soak completely|soak,drench,flood
scarce|adj|2|in short supply|rare,scant,insufficient
scrutiny|nu|3|close examination|inspection,examination,study
secure|v|2|obtain with effort|obtain,gain,get,ensure
seize|v|2|take by force|grab,capture,take,confiscate
severe|adj|2|very serious|serious,harsh,grave,extreme
significant|adj|2|large or important|important,notable,substantial,considerable
skeptical|adj|3|doubtful|doubtful,unconvinced,dubious
sovereign|adj|3|independent|independent,autonomous,self-governing
specifically|adv|2|in particular|particularly,especially,in particular
sporadic|adj|3|happening now and then|occasional,irregular,intermittent
stable|adj|2|steady|steady,secure,firm
stagnant|adj|3|not growing|static,inactive,sluggish
subsequently|adv|3|afterwards|later,afterwards,then
substantial|adj|2|considerable|considerable,large,significant,sizeable
successor|n|2|person who comes next|heir,replacement
sufficient|adj|2|enough|enough,adequate,ample
surge|n|3|sudden increase|rise,upsurge,jump,spike
surveillance|nu|3|close watch|observation,monitoring
suspend|v|2|stop for a time|halt,pause,postpone,interrupt
sustain|v|3|keep going|maintain,support,keep up
tackle|v|2|deal with|deal with,address,confront
tangible|adj|3|real and concrete|concrete,real,material
temporarily|adv|2|for a limited time|briefly,for now,provisionally
tension|n|2|strained relations|strain,friction,hostility
terminate|v|3|end|end,stop,finish,cancel
thrive|v|3|do very well|flourish,prosper,succeed
tolerate|v|2|put up with|endure,accept,bear
toxic|adj|2|poisonous|poisonous,harmful,noxious
transparent|adj|3|open and honest|open,clear,candid
turmoil|nu|3|great confusion|chaos,upheaval,disorder,unrest
unanimous|adj|3|agreed by all|united,undivided
undermine|v|3|weaken gradually|weaken,erode,sabotage
undervalue|v|3|put too low a price on|underrate,underestimate
unprecedented|adj|3|never seen before|unparalleled,new,unheard-of
unrest|nu|2|disturbance and protest|turmoil,disorder,agitation,riot,protest
uphold|v|3|maintain|support,maintain,defend,confirm
upheaval|n|3|violent change|turmoil,disruption,chaos,unrest
urban|adj|2|of a city|city,metropolitan,municipal
vast|adj|2|very large|huge,immense,enormous,massive
verdict|n|3|decision in a trial|judgment,ruling,decision,finding
viable|adj|3|workable|feasible,workable,practicable,possible
violate|v|2|break a rule|break,breach,infringe
volatile|adj|3|likely to change suddenly|unstable,unpredictable,explosive
vulnerable|adj|3|easily harmed|exposed,defenceless,weak,at risk
widespread|adj|2|found over a large area|prevalent,common,extensive
withdraw|v|2|take back or pull out|retreat,leave,pull out,remove
withstand|v|3|resist|resist,survive,endure
frequently|adv|2|often|often,regularly,repeatedly
roughly|adv|2|approximately|approximately,about,around
approximately|adv|2|about|roughly,about,around
ultimately|adv|2|in the end|finally,eventually
allegedly|adv|3|according to claims|reportedly,supposedly
reportedly|adv|2|according to reports|allegedly,supposedly
primarily|adv|2|mainly|mainly,chiefly,mostly
deliberately|adv|3|on purpose|intentionally,purposely,knowingly
abruptly|adv|3|suddenly|suddenly,unexpectedly
gradually|adv|2|slowly over time|slowly,steadily,progressively
essentially|adv|2|basically|basically,fundamentally
continuous|adj|2|without a break|unbroken,constant,nonstop,ongoing
formal|adj|2|official|official,proper
essential|adj|2|absolutely necessary|vital,crucial,key,necessary,fundamental
convincing|adj|2|believable|persuasive,credible,compelling
careful|adj|1|paying close attention|cautious,thorough,meticulous
principally|adv|3|mainly|mainly,chiefly,primarily,mostly
challenge|v|2|dispute formally|dispute,question,contest
compulsory|adj|3|required by law|mandatory,obligatory,required
illegitimate|adj|3|not lawful|unlawful,illegal,invalid
`;

export type VocabularyPos = 'v' | 'n' | 'nu' | 'adj' | 'adv';

export interface VocabularyEntry {
	word: string;
	pos: VocabularyPos;
	level: 1 | 2 | 3;
	meaning: string;
	synonyms: readonly string[];
}

const POS: readonly string[] = ['v', 'n', 'nu', 'adj', 'adv'];
const isPos = (pos: string): pos is VocabularyPos => POS.includes(pos);

export const VOCABULARY: readonly VocabularyEntry[] = TABLE.trim()
	.split('\n')
	.flatMap((line) => {
		const [word = '', pos = '', level = '', meaning = '', synonyms = ''] = line.split('|');
		if (!word || !meaning || !isPos(pos)) return [];
		return [
			{
				word,
				pos,
				level: level === '3' ? 3 : level === '2' ? 2 : 1,
				meaning,
				synonyms: synonyms.split(',').filter(Boolean)
			}
		];
	});
