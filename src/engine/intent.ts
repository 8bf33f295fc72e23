// Free text → command: deterministic rule matching (no model) over a normalised question.
import type { CommandName } from '../../commands/index.js';
import { withoutAcknowledgement } from './acknowledgement.js';
import { withoutChatMarkup } from './chat-markup.js';
import { chatSkillQuestion } from './chat-skill-question.js';
import { foreignQuestion } from './foreign-question.js';
import { INTENT_RULES, type IntentArgs, type IntentRule } from './intent-rules.js';
import { TOPICS } from './intent-topics.js';
import { fixQuestionWords } from './question-words.js';
import { withoutRequestTail } from './request-tail.js';
import { laterQuestion, twoQuestions } from './two-questions.js';

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
  return withoutChatMarkup(line)
    .replace(MENTIONS, '')
    .replace(/[\u2018\u2019\u02bc\u00b4`]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

const TRAILING = /(?<![\s?!.;:,])[\s?!.;:,]+$/;
const GREETING =
  /^(?:(?:hey|hi|hello|ok|okay|so|and|also|please|pls|plz|yo|um|uh|hmm|quick question|quick q)\b[\s,!:]*(?:[-–—]\s+)?)+/;
/** Who a greeting is addressed to ("hey bot,", "hi all"): not part of the question. */
const ADDRESSEE = /^(?:bot|assistant|there|team|all|folks|everyone|everybody|guys|y'all)\b[\s,!:]*/;
/** The bot addressed by name without a greeting or mention ("bot, what are noor's skills"). */
const ADDRESSED = /^(?:bot|assistant)\s*[,:]\s*/;
/** Inverted question and exclamation marks that open a Spanish question ("¿cómo contacto a diego?"). */
const OPENING = /^[¿¡]+\s*/;
/** "tell me", "do you know", … in front of the real question ("tell me who knows rust"). */
const ASKING =
  /^(?:please |pls |plz )?(?:(?:can|could|would) (?:someone|somebody|anyone|anybody) (?:please |pls )?)?(?:tell me|let me know|show me|remind me|i wonder|i'm wondering|i am wondering|do you know|do you remember|any idea|i forgot|i forget|i want to know|i'd like to know|quick question)[,:]? (?=(?:who|what|which|how|where|whether|if|does|do|is|are|can)\b)/;

/** Where the asker is ("react native here", "go on the team"): never part of a skill's name. */
const PLACE =
  /(?<!\s)\s+(?:here|around|in here|over here|on (?:the|this|our|my) (?:team|server|channel)|in (?:the|this|our|my) (?:team|server|channel|company))$/;

/** The form rules match against: lowercase, no surrounding quotes, greeting, politeness or trailing "?!.". */
export function normalizeQuestion(line: string): string {
  const asked = stripMentions(line)
    .toLowerCase()
    .replace(OPENING, '')
    .replace(/^["']+|(?<!["'])["']+$/g, '')
    .replace(TRAILING, '');
  const text = withoutAcknowledgement(dropGreeting(withoutEdgeEmoji(asked)))
    .replace(/^(?:can|could|would|will) you (?:please |pls )?/, '')
    .replace(ASKING, '')
    // A separate word only: `[\s,]+` (never `*`), or "solidity" loses its "ty" (thank you).
    .replace(/(?<![\s,])[\s,]+(?:please|pls|plz|thanks|thank you|thx|ty|cheers)$/, '')
    // "who is jonas anyway", "what's diego's email again", "does ana do flutter too": a word of chat,
    // never part of a name or skill. Spaces are single here (stripMentions), so one space and no `+`
    // keeps the scan linear.
    .replace(/,? (?:anyway|anyways|again|btw|by the way|too|as well|also|either)$/, '')
    .replace(TRAILING, '')
    .trim();
  return fixQuestionWords(text);
}

/** "hey", "hi all,", "bot:" in front of the question. */
function dropGreeting(text: string): string {
  const rest = text.replace(GREETING, '');
  // "hey @bot who knows go": a mention after the greeting is an address too.
  return rest === text ? rest.replace(ADDRESSED, '') : rest.replace(ADDRESSEE, '').replace(MENTIONS, '');
}

/**
 * Emoji before or after the question ("👋 how do i reach jonas", "c++ 🙏", "review 🎨"), with the spaces
 * and punctuation between them and the words; a run of only spaces and punctuation stays.
 */
function withoutEdgeEmoji(text: string): string {
  const chars = [...text];
  let start = 0;
  while (start < chars.length && EMOJI_OR_GAP.test(chars[start]!)) start += 1;
  let end = chars.length;
  while (end > start && EMOJI_OR_GAP.test(chars[end - 1]!)) end -= 1;
  const hasEmoji = (from: number, to: number) => chars.slice(from, to).some((c) => PICTOGRAPH.test(c));
  const first = hasEmoji(0, start) ? start : 0;
  const last = hasEmoji(end, chars.length) ? end : chars.length;
  return first === 0 && last === chars.length ? text : chars.slice(first, Math.max(first, last)).join('');
}

const PICTOGRAPH = /\p{Extended_Pictographic}/u;
/** One code point of an emoji sequence (pictograph, skin tone, joiner, variation selector, keycap) or a gap. */
const EMOJI_OR_GAP = /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f|\u20e3|[\s?!.;:,])$/u;

/** The first rule that matches, with its arguments cleaned; null when nothing matches. */
export function parseIntent(line: string, deps: IntentDeps): Intent | null {
  const text = normalizeQuestion(line);
  if (!text) return null;
  // "anybody good at figma? need a quick review": the question is the first sentence; the rest is
  // context. Tried first, then the whole (so "who knows rust? and go" still reads both).
  const first = firstQuestion(text);
  // "where is ana based and how do i reach her": two questions about one person, before the whole is
  // read as one (whose person would be "ana based and how do i reach her").
  const read =
    (first && matchRules(first, deps)) ||
    twoQuestions(text, (question) => matchRules(question, deps)) ||
    matchRules(text, deps);
  if (read) return read;
  // "vue.js anyone?", "java + spring boot person?": technologies and chat words only.
  const chat = (first && chatSkillQuestion(first, deps.isPerson)) || chatSkillQuestion(text, deps.isPerson);
  if (chat) return { command: 'whoknows', args: { skill: chat } };
  // "谁会kafka", "phil nerede yaşıyor": asked in a language the rules do not read, then in English.
  const foreign = foreignQuestion(text, deps.isPerson, (question) => matchRules(question, deps));
  if (foreign) return foreign;
  // "need a kotlin dev for a quick pairing session": no rule reads the request with its purpose or
  // urgency after it; the question without them.
  const bare = withoutRequestTail(text);
  const tailless = bare !== text ? matchRules(bare, deps) : null;
  return tailless ?? laterQuestion(text, (question) => matchRules(question, deps), deps.isPerson);
}

/** The question before a "?" or "!" that ends a sentence inside the text; null when there is none. */
function firstQuestion(text: string): string | null {
  const end = SENTENCE_END.exec(text);
  if (!end) return null;
  const rest = text.slice(end.index + end[0].length);
  if (CONTINUES.test(rest)) return null;
  return text.slice(0, end.index).replace(TRAILING, '').trim() || null;
}

const SENTENCE_END = /[?!]\s/;
/**
 * A second half that adds to the question rather than starting another sentence ("… rust? and go"), or
 * the link the question is about ("who's this? github.com/ana-dev").
 */
const CONTINUES = /^\s*(?:(?:and|or|plus|as well as)\b|[&+,]|(?:https?:\/\/)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\/)/;

function matchRules(text: string, deps: IntentDeps): Intent | null {
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
    let person = cleanPerson(found.person);
    if (!person) return null;
    // "onde trabalha o orhan", "contatto di la giulia": an article some languages put before a name.
    const bareName = person.replace(ARTICLE, '');
    if (bareName !== person && bareName && !deps.isPerson(person) && deps.isPerson(bareName))
      person = bareName;
    if (rule.needsPerson && !deps.isPerson(person)) {
      // A possessive typed without its apostrophe ("sam okafors email"): the name without the "s".
      const bare = person.endsWith('s') && !person.endsWith('ss') ? person.slice(0, -1) : '';
      if (!bare || !deps.isPerson(bare)) return null;
      person = bare;
    }
    args.person = person;
  }
  if (found.skill !== undefined) args.skill = cleanTerm(withoutRequestTail(found.skill)).replace(PLACE, '');
  if (found.query !== undefined) args.query = cleanTerm(found.query);
  for (const name of ['employer', 'place', 'school', 'role', 'kind', 'language'] as const)
    if (found[name] !== undefined) args[name] = cleanTerm(found[name]).replace(PLACE, '');
  if (found.section !== undefined) args.section = cleanTerm(found.section);
  if (found.command !== undefined) args.command = found.command;
  if (Object.values(args).some((v) => v === '')) return null;
  if (rule.command !== 'topic') return { command: rule.command, args };
  const topic = TOPICS.find((t) => t.words.includes(found.topic ?? ''));
  if (!topic) return null;
  return { command: topic.command, args: topic.section ? { ...args, section: topic.section } : args };
}

/** Articles before a name in Portuguese, Spanish, Italian, French and German. */
const ARTICLE = /^(?:o|a|os|el|la|il|lo|le|l'|der|die|den|dem) (?=\S)/;

/** "@Rajdeep's" → "rajdeep"; "the rajat" → "rajat". */
export function cleanPerson(raw: string): string {
  return (
    raw
      .trim()
      .replace(/^@/, '')
      .replace(/^(?:the|mr|ms|mrs|dr)\.? /, '')
      // "does ana also do go", "is ana still into rust": a word of chat between the name and the verb.
      .replace(/ (?:also|too|still|even|ever|really|actually)$/, '')
      // "who's the k8s person here": where the asker is, never part of a name or a description.
      .replace(/ (?:here|around|on the team|in the team)$/, '')
      .replace(/(?:'s|')$/, '')
      // "contact rajat on linkedin": where to reach them is no part of the name.
      .replace(
        / (?:on|via|through|over|by) (?:email|e-mail|mail|linkedin|twitter|x|github|slack|discord|telegram|whatsapp|signal|phone|mastodon|bluesky)$/,
        '',
      )
      .replace(/^["']|["']$/g, '')
      .trim()
  );
}

/** "about terraform" → "terraform"; "the django" → "django". */
function cleanTerm(raw: string): string {
  return raw
    .trim()
    .replace(/^(?:about|in|with|on|for|the|a|an) /, '')
    .replace(/^["']|["']$/g, '')
    .trim();
}
