// The free-text rule table: ordered patterns over the normalised question (lowercase, straight
// apostrophes, no trailing punctuation). First match wins; see docs/commands.md for examples.
import type { CommandName, OptionName } from '../../commands/index.js';
import { chatFactRules } from './intent-rules-chat-facts.js';
import { DOING_RULES } from './intent-rules-doing.js';
import { DOMAIN_RULES } from './intent-rules-domains.js';
import {
  FOREIGN_FACT_RULES,
  FOREIGN_SKILLS_RULES,
  FOREIGN_WORK_RULES,
  foreignTopicRules,
} from './intent-rules-foreign.js';
import { GROUP_RULES, TITLE_RULE } from './intent-rules-groups.js';
import { KIND_RULES } from './intent-rules-kinds.js';
import { LANGUAGE_RULES } from './intent-rules-languages.js';
import { PAST_WORK_RULES } from './intent-rules-past-work.js';
import { NOW, PERSON_FACT_RULES } from './intent-rules-person.js';
import { REACH_RULES } from './intent-rules-reach.js';
import { ROLE_RULE, SKILL_RULES } from './intent-rules-skills.js';
import { TOPICS } from './intent-topics.js';
import { LEARNING_RULES } from './learning-question.js';
import { LINK_RULE } from './link-rule.js';
import { SECTION_VERB_RULES } from './section-verb-rules.js';

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
  .map((w) => w.replace(/[-.]/g, '\\$&'))
  .join('|');
/** Two to four topic words: "skills and email", "email, github and linkedin". */
const TOPIC_LIST = `(?:${TOPIC})(?:(?:,? and |, | & | \\+ )(?:${TOPIC})){1,3}`;
/** Optional lead-in before "X's topic": "what are", "show me", "tell me about the", … */
const LEAD =
  "(?:(?:what(?:'s| is| are| were| was)(?: in)?|who(?:'s| is| are| were| was)|(?:and )?(?:what|how) about|show(?: me)?|list|give me|get(?: me)?|tell me(?: about)?|i want|i need|where(?:'s| is| are)|display|see|find)(?: the| all)? )?";
/** What follows a topic word without changing it ("linkedin profile", "twitter handle"). */
const TOPIC_TAIL = '(?: (?:profile|handle|account|page|link|url|address|username|info|details|again|like))?';
const r = (source: string) => new RegExp(`^${source}$`);

export const INTENT_RULES: readonly IntentRule[] = [
  // help
  {
    command: 'help',
    pattern: r(
      '(?:help|commands|\\?|what can you do|who are you|what are you|what can i ask|how does this work|usage|how (?:do|can|should) (?:i|we) use (?:this|the|you)(?: bot| thing| assistant)?|what (?:is|does) this bot(?: do)?)',
    ),
  },
  { command: 'help', pattern: r('help (?:me )?(?:with |on |for )?/?(?<command>[a-z-]+)') },
  LINK_RULE,
  // people
  {
    command: 'people',
    pattern: r(
      "(?:who(?:'s| is| are)? (?:here|there|around|indexed|available|listed|in here|(?:on|in) (?:the|this|our|your) (?:team|server|channel|group|workspace|list))|who do you know(?: about)?|who can i ask about|(?:list|show)(?: me)?(?: all)? (?:people|everyone|everybody|profiles|persons)|list|(?:all )?(?:people|profiles|everyone|everybody))",
    ),
  },
  ...KIND_RULES,
  ...LANGUAGE_RULES,
  ...DOMAIN_RULES,
  ...GROUP_RULES,
  ...PAST_WORK_RULES,
  ...LEARNING_RULES,
  ...chatFactRules(TOPIC),
  ...SKILL_RULES,
  ...REACH_RULES,
  // skills
  {
    command: 'skills',
    pattern: r(
      '(?:what|which) (?:skills|technologies|tech|tech stack|languages|programming languages|frameworks|tools|stack|(?:kind|kinds|sort|sorts) of (?:stuff|things|tech)|kinda (?:stuff|things|tech)|sorta (?:stuff|things|tech)) (?:does|do|has) (?<person>.+?) (?:have|know|use|list|bring|got|work with|code in|write)',
    ),
  },
  ...DOING_RULES,
  ...PERSON_FACT_RULES,
  { command: 'skills', pattern: r('what can (?<person>.+?) (?:do|know|use|work with)') },
  { command: 'skills', pattern: r('what (?:does|do) (?<person>.+?) (?:know|use|work with)') },
  // "what does bo code in", "what does ana build stuff with": what one makes things in is the stack.
  {
    command: 'skills',
    pattern: r(
      'what (?:does|do) (?<person>.+?) (?:code|program|write|develop|build|make)(?: (?:stuff|things|apps|code))? (?:in|with)',
    ),
  },
  { command: 'skills', pattern: r("what(?:'s| is) (?<person>.+?) good at") },
  // experience
  {
    command: 'experience',
    pattern: r(
      "(?:what|where)(?:'s| has| have| did) (?<person>.+?) (?:worked on|work on|worked at|work at|worked|built|build|done|shipped)(?: before)?",
    ),
  },
  {
    command: 'experience',
    pattern: r(
      `where (?:does|did|has) (?<person>.+?) (?:currently |now |still )?(?:work|worked|intern|interned)(?: (?:at|for))?(?: (?:before|previously|in the past|earlier|before that|${NOW}))?`,
    ),
  },
  // "tell me where tomasz works these days" (the question inside a request), and the same question in
  // German, Spanish, Portuguese, French and Italian.
  {
    command: 'experience',
    pattern: r(`where (?<person>.+?) (?:works|interns)(?: ${NOW})?`),
  },
  ...FOREIGN_WORK_RULES,
  ...FOREIGN_SKILLS_RULES,
  ...FOREIGN_FACT_RULES,
  // sections asked as verbs
  ...SECTION_VERB_RULES,
  { command: 'section', pattern: r(`${LEAD}(?<person>.+?)(?:'s|') (?<section>.+?) section`) },
  { command: 'section', pattern: r('(?:the )?(?<section>.+?) section (?:of|for|from) (?<person>.+)') },
  // explicit search
  {
    command: 'search',
    pattern: r(
      '(?:search|search for|grep|look for|search profiles for|who mentions|(?:does |did )?(?:anyone|anybody|someone|somebody) mentions?) (?<query>.+)',
    ),
  },
  // "anything on vardaan?": the person, when what follows names someone.
  {
    command: 'profile',
    needsPerson: true,
    pattern: r('(?:is there |do we have |got )?anything (?:on|about) (?<person>.+?)'),
  },
  // "anything about hackathons in the profiles?": a search asked as a question.
  {
    command: 'search',
    pattern: r(
      '(?:is there |do we have |got )?(?:anything|something) (?:about|on|mentioning|that mentions) (?<query>.+?)(?: in (?:the|our|these|any) profiles?| here)?',
    ),
  },
  // "ravi's skills and email", "skills and contact for ravi": several topics, joined (several-topics.ts)
  { command: 'section', pattern: r(`${LEAD}(?<person>.+?)(?:'s|') (?<section>${TOPIC_LIST})`) },
  {
    command: 'section',
    pattern: r(`${LEAD}(?<section>${TOPIC_LIST}) (?:of|for|from|by|on|about) (?<person>.+)`),
  },
  ...foreignTopicRules(TOPIC),
  // "rajat's skills", "skills of rajat"
  { command: 'topic', pattern: r(`${LEAD}(?<person>.+?)(?:'s|') (?<topic>${TOPIC})${TOPIC_TAIL}`) },
  { command: 'topic', pattern: r(`${LEAD}(?<topic>${TOPIC}) (?:of|for|from|by|on|about) (?<person>.+)`) },
  // "what about diego?", "how about lena": a follow-up naming someone (a skill is read as a search, see search.ts)
  {
    command: 'profile',
    needsPerson: true,
    pattern: r('(?:and )?(?:what|how) about (?<person>.+)'),
  },
  TITLE_RULE,
  // the person themselves
  {
    command: 'profile',
    pattern: r(
      "(?:tell me (?:more |a (?:little )?bit |a little |something )?about|who(?:'s| is| are)|describe|introduce(?: me to)?|info (?:on|about)|information (?:on|about)|what do (?:you|we) know about|show(?: me)?) (?<person>.+)",
    ),
  },
  // "any designers here?", "do we have a data engineer": people described by their job.
  {
    command: 'profile',
    needsPerson: true,
    pattern: r(
      '(?:are there any|is there an?|is there any|do we have an?|do we have any|have we got an?|got any|any|find me an?|find an?) (?<person>.+?)(?: here| around| on the team| in the team)?',
    ),
  },
  { command: 'search', pattern: r('(?:find|find me|look up|lookup|where is) (?<query>.+)') },
  // loose orders: "rajdeep contact", "email rajdeep", "rajat's machine learning"
  {
    command: 'topic',
    needsPerson: true,
    pattern: r(`${LEAD}(?<person>.+?) (?<topic>${TOPIC})${TOPIC_TAIL}`),
  },
  { command: 'topic', needsPerson: true, pattern: r(`(?<topic>${TOPIC}) (?<person>.+)`) },
  { command: 'section', needsPerson: true, pattern: r(`${LEAD}(?<person>.+?)(?:'s|') (?<section>.+)`) },
  ROLE_RULE,
];
