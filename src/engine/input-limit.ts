// The length caps on what a user sends, checked in the engine before any parsing or search: every
// platform's messages, slash-command options and autocomplete pass through it.
import { COMMAND_SET, findCommand, OPTION_NAMES, type OptionName } from '../../commands/index.js';
import type { AutocompleteRequest, Invocation } from './invocation.js';
import type { ReplyOf } from './reply.js';
import { replyDefaults } from './reply-parts.js';

/**
 * Characters in one message, or in one command's options together. Discord allows 2,000 per
 * message (4,000 with Nitro) and 6,000 across a command's options; Slack about 4,000 in practice. A
 * question about people and skills fits in far less, and parsing time stays bounded per message.
 */
export const MAX_INPUT_CHARS = 2000;

/**
 * Characters in one option, as each option declares (`maxLength` in commands/): names, section titles
 * and skills are short (Discord caps an autocomplete value at 100), a search is a few words, and fuzzy
 * matching costs time in proportion to the length of what is matched.
 */
export const MAX_OPTION_CHARS: Readonly<Record<OptionName, number>> = Object.fromEntries(
  OPTION_NAMES.map((name) => [name, COMMAND_SET.option(name)!.maxLength]),
) as Record<OptionName, number>;

export interface InputProblem {
  /** `message`: the text or the options together; otherwise the one option that is too long. */
  what: 'message' | OptionName;
  length: number;
  max: number;
}

/** The first cap the input breaks, or null when it is within all of them. */
export function inputProblem(invocation: Pick<Invocation, 'text' | 'args'>): InputProblem | null {
  const values = Object.entries(invocation.args) as [OptionName, string | undefined][];
  const together = values.reduce((sum, [, value]) => sum + readLength(value ?? ''), 0);
  const length = Math.max(readLength(invocation.text ?? ''), together);
  if (length > MAX_INPUT_CHARS) return { what: 'message', length, max: MAX_INPUT_CHARS };
  for (const [what, value = ''] of values) {
    const max = MAX_OPTION_CHARS[what] ?? MAX_INPUT_CHARS;
    if (value.length > max) return { what, length: value.length, max };
  }
  return null;
}

/**
 * Characters the engine reads: every step folds text (NFKD), where one compatibility character can spell
 * many ("ﷺ" is 18): 2,000 of them cost ~30 ms to parse, 13 folds of 36,000 characters, against ~2 ms for
 * 2,000 plain ones. So the cap counts text after NFKC, which keeps Hangul syllables and accents whole
 * (NFKD would count a Korean message two to three times over). Text within the cap even at the
 * largest expansion (18×) is not normalised at all.
 */
function readLength(text: string): number {
  if (text.length * 18 <= MAX_INPUT_CHARS || !/[^\x00-\x7f]/.test(text)) return text.length;
  return Math.max(text.length, text.normalize('NFKC').length);
}

/** Autocomplete over text longer than any answer could use returns nothing rather than searching it. */
export function oversizedCompletion(request: AutocompleteRequest): boolean {
  return (
    inputProblem({ text: request.value, args: { ...request.args, [request.option]: request.value } }) !== null
  );
}

/** Said instead of answering: the limit, how long the input was, and a short example to try. */
export function tooLongReply(
  invocation: Pick<Invocation, 'command' | 'text'>,
  problem: InputProblem,
): ReplyOf<'usage'> {
  // Unparsed text: only its first word is looked at, to give that command's example.
  const typed = invocation.text?.slice(0, 40).trimStart().split(' ')[0]?.replace(/^\//, '') ?? '';
  const command = findCommand(invocation.command ?? typed);
  const example = command?.examples[0] ?? '/whoknows rust';
  const subject = problem.what === 'message' ? 'messages' : `a ${problem.what}`;
  return {
    ...replyDefaults(),
    kind: 'usage',
    ephemeral: true,
    title: problem.what === 'message' ? 'That message is too long' : `That ${problem.what} is too long`,
    description:
      `I read ${subject} of up to ${grouped(problem.max)} characters and this one has ` +
      `${grouped(problem.length)}. Ask about one person or skill at a time, e.g. ${example}`,
    suggestions: command ? [...command.examples] : ['/help'],
    data: { command: command?.name ?? 'text', problem: 'too_long' },
  };
}

/** 6000 → "6,000" (no Intl: locale data is slow to load on a first call). */
function grouped(n: number): string {
  return n < 1000 ? `${n}` : `${grouped(Math.floor(n / 1000))},${String(n % 1000).padStart(3, '0')}`;
}
