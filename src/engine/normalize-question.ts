// stripMentions, normalizeQuestion: a chat line as the rules read it (no mentions, greeting, politeness,
// edge emoji or trailing punctuation; lowercase). Used by parseIntent (intent.ts) and the handlers.
import { withoutAcknowledgement } from './acknowledgement.js';
import { withoutChatMarkup } from './chat-markup.js';
import { fixQuestionWords } from './question-words.js';

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

export const TRAILING = /(?<![\s?!.;:,])[\s?!.;:,]+$/;
const GREETING =
  /^(?:(?:hey|hi|hello|ok|okay|so|and|also|please|pls|plz|yo|um|uh|hmm|quick question|quick q|sir|madam|bro|dude|dear)\b[\s,!:]*(?:[-–—]\s+)?)+/;
/** Who a greeting is addressed to ("hey bot,", "hi all"): not part of the question. */
const ADDRESSEE = /^(?:bot|assistant|there|team|all|folks|everyone|everybody|guys|y'all)\b[\s,!:]*/;
/** The bot addressed by name without a greeting or mention ("bot, what are noor's skills"). */
const ADDRESSED = /^(?:bot|assistant)\s*[,:]\s*/;
/** Inverted question and exclamation marks that open a Spanish question ("¿cómo contacto a diego?"). */
const OPENING = /^[¿¡]+\s*/;
/** "tell me", "do you know", … in front of the real question ("tell me who knows rust"). */
const ASKING =
  /^(?:please |pls |plz )?(?:(?:can|could|would) (?:someone|somebody|anyone|anybody) (?:please |pls )?)?(?:tell me|let me know|show me|remind me|i wonder|i'm wondering|i am wondering|do you know|do you remember|any idea|i forgot|i forget|i want to know|i'd like to know|quick question)[,:]? (?=(?:who|what|which|how|where|whether|if|does|do|is|are|can)\b)/;

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
