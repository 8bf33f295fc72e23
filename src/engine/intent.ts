// Free text → command: deterministic rule matching (no model) over a normalised question.
import type { CommandName } from '../../commands/index.js';
import { INTENT_RULES, type IntentArgs, type IntentRule } from './intent-rules.js';
import { TOPICS } from './intent-topics.js';
import { fixQuestionWords } from './question-words.js';

export interface Intent {
  command: CommandName;
  args: IntentArgs;
}

export interface IntentDeps {
  /** True when the text names someone (found or ambiguous): used by loose word-order rules. */
  isPerson(text: string): boolean;
}

/** Leading chat mentions: Discord <@123>, <@!123>, Slack <@U123|name>, plain @bot. */
const MENTIONS = /^(?:\s*(?:<@[!&]?[\w|.-]+>|@[\w.-]+)[\s,:;-]*)+/u;

/** Drops leading bot mentions and normalises apostrophes and spaces; keeps case. */
export function stripMentions(line: string): string {
  return line
    .replace(MENTIONS, '')
    .replace(/[\u2018\u2019\u02bc\u00b4`]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

const TRAILING = /(?<![\s?!.;:,])[\s?!.;:,]+$/;
/** "tell me", "do you know", … in front of the real question ("tell me who knows rust"). */
const ASKING =
  /^(?:please |pls |plz )?(?:(?:can|could|would) (?:someone|somebody|anyone|anybody) (?:please |pls )?)?(?:tell me|let me know|show me|i wonder|i'm wondering|i am wondering|do you know|any idea|i want to know|i'd like to know|quick question)[,:]? (?=(?:who|what|which|how|where|whether|if|does|do|is|are|can)\b)/;

/** Where the asker is ("react native here", "go on the team"): never part of a skill's name. */
const PLACE =
  /(?<!\s)\s+(?:here|around|in here|over here|on (?:the|this|our|my) (?:team|server|channel)|in (?:the|this|our|my) (?:team|server|channel|company))$/;

/** The form rules match against: lowercase, no surrounding quotes, greeting, politeness or trailing "?!.". */
export function normalizeQuestion(line: string): string {
  const text = stripMentions(line)
    .toLowerCase()
    .replace(/^["']+|(?<!["'])["']+$/g, '')
    .replace(TRAILING, '')
    .replace(/^(?:(?:hey|hi|hello|ok|okay|so|please|pls|plz|yo|um|uh|hmm|quick question)\b[\s,!]*)+/, '')
    .replace(/^(?:can|could|would|will) you (?:please |pls )?/, '')
    .replace(ASKING, '')
    // A separate word only: `[\s,]+` (never `*`), or "solidity" loses its "ty" (thank you).
    .replace(/(?<![\s,])[\s,]+(?:please|pls|plz|thanks|thank you|thx|ty|cheers)$/, '')
    .replace(TRAILING, '')
    .trim();
  return fixQuestionWords(text);
}

/** The first rule that matches, with its arguments cleaned; null when nothing matches. */
export function parseIntent(line: string, deps: IntentDeps): Intent | null {
  const text = normalizeQuestion(line);
  if (!text) return null;
  for (const rule of INTENT_RULES) {
    const intent = applyRule(rule, text, deps);
    if (intent) return intent;
  }
  return null;
}

function applyRule(rule: IntentRule, text: string, deps: IntentDeps): Intent | null {
  const match = rule.pattern.exec(text);
  if (!match) return null;
  const found = match.groups ?? {};
  const args: IntentArgs = { ...rule.fixed };
  if (found.person !== undefined) {
    const person = cleanPerson(found.person);
    if (!person) return null;
    if (rule.needsPerson && !deps.isPerson(person)) return null;
    args.person = person;
  }
  if (found.skill !== undefined) args.skill = cleanTerm(found.skill).replace(PLACE, '');
  if (found.query !== undefined) args.query = cleanTerm(found.query);
  if (found.section !== undefined) args.section = cleanTerm(found.section);
  if (found.command !== undefined) args.command = found.command;
  if (Object.values(args).some((v) => v === '')) return null;
  if (rule.command !== 'topic') return { command: rule.command, args };
  const topic = TOPICS.find((t) => t.words.includes(found.topic ?? ''));
  if (!topic) return null;
  return { command: topic.command, args: topic.section ? { ...args, section: topic.section } : args };
}

/** "@Rajdeep's" → "rajdeep"; "the rajat" → "rajat". */
export function cleanPerson(raw: string): string {
  return raw
    .trim()
    .replace(/^@/, '')
    .replace(/^(?:the|mr|ms|mrs|dr)\.? /, '')
    .replace(/(?:'s|')$/, '')
    .replace(/^["']|["']$/g, '')
    .trim();
}

/** "about terraform" → "terraform"; "the django" → "django". */
function cleanTerm(raw: string): string {
  return raw
    .trim()
    .replace(/^(?:about|in|with|on|for|the|a|an) /, '')
    .replace(/^["']|["']$/g, '')
    .trim();
}
