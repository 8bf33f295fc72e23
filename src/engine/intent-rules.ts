// The free-text rule table: ordered patterns over the normalised question (lowercase, straight
// apostrophes, no trailing punctuation). First match wins; see docs/commands.md for examples.
import type { CommandName, OptionName } from '../../commands/index.js';
import { TOPICS } from './intent-topics.js';

export type IntentArgs = Partial<Record<OptionName, string>>;

export interface IntentRule {
  /** Named groups person / skill / query / section / command / topic become arguments. */
  pattern: RegExp;
  /** `topic`: the command comes from the matched topic word (TOPICS). */
  command: CommandName | 'topic';
  fixed?: IntentArgs;
  /** Loose word orders ("rajdeep contact") only count when the person part names someone. */
  needsPerson?: boolean;
}

const TOPIC = TOPICS.flatMap((t) => t.words)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[-]/g, '\\-'))
  .join('|');
/** Optional lead-in before "X's topic": "what are", "show me", "tell me about the", … */
const LEAD =
  "(?:(?:what(?:'s| is| are| were)|show(?: me)?|list|give me|get(?: me)?|tell me(?: about)?|i want|i need|where(?:'s| is| are)|display|see|find)(?: the| all)? )?";
const ANYONE = '(?:anyone|anybody|someone|somebody|any one|people|folks|engineers|devs|developers)';
const KNOWS =
  '(?:knows?(?: about)?|uses?|has used|have used|can do|does|(?:is |are )?good (?:at|with)|(?:is |are )?(?:an )?experts? (?:in|at|on|with)|ha(?:s|ve) experience (?:with|in)|ha(?:s|ve)|works? with|worked with|(?:can|could) help(?: me| us)? (?:with|on)|(?:would|might|could|should) know(?: about)?|(?:is |are )?familiar with|writes|codes in|programs in|(?:is |are )?into|speaks?)';
/** Who a question is addressed to: "who here", "which of you", "which engineer". */
const WHO =
  "(?:who(?:'s| else)?(?: (?:here|else|of you|of us|among you|on the team|in the team|around))?|which (?:of (?:you|us|them)|one of (?:you|us)|(?:one|ones|person|people|engineers?|devs?|developers?)(?: here)?))";
/** What a person is called when described instead of named: "the kotlin dev". */
const ROLE = '(?:people|devs|developers|experts|folks|engineers|users|specialists|gurus|wizards|programmers|peeps)';
const REACH =
  '(?:reach|contact|get in touch with|get hold of|email|e-mail|mail|message|dm|ping|talk to|connect with|find|write to|call)';

const r = (source: string) => new RegExp(`^${source}$`);

export const INTENT_RULES: readonly IntentRule[] = [
  // help
  {
    command: 'help',
    pattern: r('(?:help|commands|\\?|what can you do|what can i ask|how does this work|usage)'),
  },
  { command: 'help', pattern: r('help (?:me )?(?:with |on |for )?/?(?<command>[a-z-]+)') },
  // people
  {
    command: 'people',
    pattern: r(
      "(?:who(?:'s| is| are)? (?:here|there|around|indexed|available|listed|in here)|who do you know(?: about)?|who can i ask about|(?:list|show)(?: me)?(?: all)? (?:people|everyone|everybody|profiles|persons)|list|(?:all )?(?:people|profiles|everyone|everybody))",
    ),
  },
  // who knows a skill (anyone)
  // spoken languages before "does X know": "does nina speak russian"
  {
    command: 'section',
    fixed: { section: 'spoken languages' },
    pattern: r(
      '(?:which|what) (?:spoken |human |natural )?languages (?:does|do|can|did) (?<person>.+?) (?:speak|talk|know)(?: fluently)?',
    ),
  },
  {
    command: 'section',
    fixed: { section: 'spoken languages' },
    needsPerson: true,
    pattern: r('(?:does|can|do) (?<person>.+?) speak (?:any )?.+'),
  },
  {
    command: 'experience',
    pattern: r('(?:who|which company|what company) (?:does|did|is) (?<person>.+?) work(?:ing)? (?:for|at)'),
  },
  { command: 'whoknows', pattern: r(`${WHO} ${KNOWS} (?<skill>.+)`) },
  { command: 'whoknows', pattern: r(`${ANYONE} (?:here |around )?${KNOWS} (?<skill>.+)`) },
  {
    command: 'whoknows',
    pattern: r(
      "who (?:should|can|could|would|do|shall|might|must|to)(?: (?:i|we|one))? (?:ask|talk to|speak (?:to|with)|go to|ping|contact|reach out to|bug|consult|message|approach)(?: about| for| regarding| on| with| re)? (?<skill>.+)",
    ),
  },
  {
    command: 'whoknows',
    pattern: r(
      "who(?:'s| is| are)(?: the)?(?: (?:best|right|go-to|go to|main|resident))? (?:person|people|one|expert|experts|guy|gal|contact)(?: here)?(?: (?:to ask|to talk to|to ping|i should ask|we should ask))? (?:about|for|on|with|in) (?<skill>.+)",
    ),
  },
  {
    command: 'whoknows',
    pattern: r(
      '(?:can|could|would|will) (?:anyone|anybody|someone|somebody|any one)(?: here)? (?:help|assist)(?: me| us)? (?:with|on|in) (?<skill>.+)',
    ),
  },
  {
    command: 'whoknows',
    pattern: r(
      "(?:i|we) (?:need|want|am looking for|are looking for|'m looking for|'re looking for) an? (?<skill>.+?) (?:developer|dev|engineer|expert|person|specialist|programmer|guy|consultant)",
    ),
  },
  {
    command: 'whoknows',
    pattern: r(
      "(?:i|we) (?:need|want|am looking for|are looking for|'m looking for|'re looking for) (?:someone|somebody|anyone|anybody|a person|people|an expert|experts|a hand|help|some help)(?: who (?:knows|can do|has experience (?:with|in)|is good (?:at|with)))?(?: (?:for|with|in|on|about))? (?<skill>.+)",
    ),
  },
  { command: 'whoknows', pattern: r(`(?:any|are there any|got any) (?<skill>.+?) ${ROLE}(?: here| around| on the team)?`) },
  {
    command: 'whoknows',
    pattern: r(
      '(?:is there|do we have|have we got) (?:a|an|any|some|someone|somebody) (?<skill>.+?) (?:dev|developer|engineer|expert|person|specialist|programmer|guy|user)(?: here| around| on the team| in the team)?',
    ),
  },
  {
    command: 'whoknows',
    pattern: r(
      `(?:does|do|is there|are there|is|are|any) ${ANYONE} (?:here )?(?:who |that )?${KNOWS} (?<skill>.+)`,
    ),
  },
  {
    command: 'whoknows',
    pattern: r(
      `(?:(?:find|get|show)(?: me)? |i need |i'm looking for |looking for |need )?${ANYONE} (?:here )?(?:with|who ${KNOWS}|that ${KNOWS}|knowing|good at|familiar with|using|experienced (?:with|in)|into) (?<skill>.+?)(?: (?:experience|skills?|knowledge|background|expertise))?`,
    ),
  },
  {
    command: 'whoknows',
    pattern: r('(?:an? )?(?:experts?|specialists?) (?:in|on|for|with|at) (?<skill>.+)'),
  },
  // does one person know a skill
  { command: 'whoknows', pattern: r('(?:what|how much) does (?<person>.+?) know about (?<skill>.+)') },
  {
    command: 'whoknows',
    pattern: r(
      '(?:does|did) (?<person>.+?) (?:know|use|have experience (?:with|in)|work with|do|write) (?<skill>.+)',
    ),
  },
  {
    command: 'whoknows',
    pattern: r(
      '(?:is|was) (?<person>.+?) (?:good at|familiar with|experienced (?:with|in)|into|an expert (?:in|at|on)) (?<skill>.+)',
    ),
  },
  // contact
  {
    command: 'contact',
    pattern: r(`how (?:do|can|could|should|would|might) (?:i|we|you|one|someone) ${REACH} (?<person>.+)`),
  },
  { command: 'contact', pattern: r(`(?:how to|where (?:can|do) i|how can i|can i) ${REACH} (?<person>.+)`) },
  {
    command: 'contact',
    needsPerson: true,
    pattern: r('(?:get in touch with|reach out to|get hold of|contact|reach|ping|message|dm|write to) (?<person>.+)'),
  },
  // skills
  {
    command: 'skills',
    pattern: r(
      'what (?:skills|technologies|tech|tech stack|languages|programming languages|frameworks|tools|stack) (?:does|do|has) (?<person>.+?) (?:have|know|use|list|bring|got|work with|code in|write)',
    ),
  },
  // what someone does and is working on: the headline, the current-work section
  {
    command: 'profile',
    pattern: r(
      'what (?:does|do) (?<person>.+?) do(?: for a living| for work| professionally| exactly| here| at work| these days)?',
    ),
  },
  {
    command: 'section',
    fixed: { section: 'current work' },
    pattern: r(
      "what(?:'s| is| are) (?<person>.+?) (?:currently |now )?(?:working on|doing|up to|building|busy with|hacking on)(?: (?:now|right now|currently|these days|at the moment|lately))?",
    ),
  },
  { command: 'section', fixed: { section: 'current work' }, pattern: r('what (?:does|do) (?<person>.+?) work on') },
  { command: 'experience', pattern: r('where is (?<person>.+?) working(?: now| these days)?') },
  { command: 'skills', pattern: r('what can (?<person>.+?) (?:do|know|use|work with)') },
  { command: 'skills', pattern: r('what (?:does|do) (?<person>.+?) (?:know|use|work with)') },
  { command: 'skills', pattern: r("what(?:'s| is) (?<person>.+?) good at") },
  // experience
  {
    command: 'experience',
    pattern: r(
      '(?:what|where) (?:has|have|did) (?<person>.+?) (?:worked on|work on|worked at|work at|worked|built|build|done|shipped)',
    ),
  },
  { command: 'experience', pattern: r('where (?:does|did) (?<person>.+?) work') },
  // sections asked as verbs
  {
    command: 'section',
    fixed: { section: 'values' },
    pattern: r('what (?:does|do) (?<person>.+?) (?:value|care about|believe in|stand for|prioriti[sz]e)'),
  },
  {
    command: 'section',
    fixed: { section: 'focus' },
    pattern: r(
      "what(?:'s| is| are) (?<person>.+?) (?:focused on|focussed on|focusing on|working toward|working towards|building toward|building towards|aiming for|aiming at)",
    ),
  },
  {
    command: 'section',
    fixed: { section: 'certifications' },
    pattern: r(
      'what (?:certifications|certs|certificates) (?:does|do|has) (?<person>.+?)(?: (?:have|hold|got|earned))?',
    ),
  },
  { command: 'section', pattern: r(`${LEAD}(?<person>.+?)(?:'s|s'|') (?<section>.+?) section`) },
  { command: 'section', pattern: r('(?:the )?(?<section>.+?) section (?:of|for|from) (?<person>.+)') },
  // explicit search
  {
    command: 'search',
    pattern: r('(?:search|search for|grep|look for|search profiles for|who mentions) (?<query>.+)'),
  },
  // "rajat's skills", "skills of rajat"
  { command: 'topic', pattern: r(`${LEAD}(?<person>.+?)(?:'s|s'|') (?<topic>${TOPIC})`) },
  { command: 'topic', pattern: r(`${LEAD}(?<topic>${TOPIC}) (?:of|for|from|by|on|about) (?<person>.+)`) },
  // the person themselves
  {
    command: 'profile',
    pattern: r(
      "(?:tell me (?:more )?about|who(?:'s| is| are)|what about|describe|introduce(?: me to)?|info (?:on|about)|information (?:on|about)|what do (?:you|we) know about|show(?: me)?) (?<person>.+)",
    ),
  },
  { command: 'search', pattern: r('(?:find|find me|look up|lookup|where is) (?<query>.+)') },
  // loose orders: "rajdeep contact", "email rajdeep", "rajat's machine learning"
  { command: 'topic', needsPerson: true, pattern: r(`(?<person>.+?) (?<topic>${TOPIC})`) },
  { command: 'topic', needsPerson: true, pattern: r(`(?<topic>${TOPIC}) (?<person>.+)`) },
  { command: 'section', needsPerson: true, pattern: r(`${LEAD}(?<person>.+?)(?:'s|s') (?<section>.+)`) },
  // "kotlin devs?", "django experts": a skill and a word for the people who have it
  { command: 'whoknows', pattern: r(`(?<skill>.+?) ${ROLE}(?: here| around)?`) },
];

/** Shown in /help and docs: each one is covered by the intent tests. */
export const FREE_TEXT_EXAMPLES = [
  "what are rajat's skills",
  'how do I reach rajdeep',
  'who knows terraform?',
  'what does Rajdeep know about Terraform?',
  'tell me about rajat',
  'what does rajdeep value',
  'search timezone scheduling',
] as const;
