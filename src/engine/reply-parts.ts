// Small builders every handler shares: empty reply parts, person refs, footers and follow-up names.
import type { CommandDefinition } from '../../commands/index.js';
import type { Profile } from '../profiles/model/profile.js';
import type { ProfileIndex } from '../search/search-types.js';
import { oneLine } from '../text/one-line.js';
import { sliceWhole } from '../text/slice-whole.js';
import { commandExamples } from './command-examples.js';
import type { PersonRef, ReplyBase, ReplyOf } from './reply.js';

type Defaults = Pick<ReplyBase, 'person' | 'candidates' | 'blocks' | 'links' | 'suggestions' | 'ephemeral'>;

/** Fresh defaults (new arrays each time, so no reply shares mutable state with another). */
export function replyDefaults(): Defaults {
  return { person: null, candidates: [], blocks: [], links: [], suggestions: [], ephemeral: false };
}

export function personRef(profile: Profile): PersonRef {
  return { id: profile.id, name: profile.name };
}

/** "rajdeep-sengupta.md › Core Skills": where an answer came from (a name's line breaks as escapes). */
export function sourceFooter(profile: Profile, sectionTitle?: string | null): string {
  const file = oneLine(profile.file);
  return sectionTitle ? `${file} › ${sectionTitle}` : file;
}

export { shortName } from './short-name.js';

/** "/section [person] <section>": the usage line as users type it. */
export function usageLine(command: CommandDefinition): string {
  return `/${command.name}${command.usage ? ` ${command.usage}` : ''}`;
}

/** "A, B or C" for a short human list. */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/** Curly-quoted user input, trimmed to a readable length (never echoes a wall of text). */
export function quoted(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return `“${clean.length > 80 ? `${sliceWhole(clean, 0, 79)}…` : clean}”`;
}

/** The `usage` answer for a missing argument: the question, the usage line and an example from the folder. */
export function missingArgument(
  command: CommandDefinition,
  question: string,
  ask: string,
  problem: string,
  context: { index: ProfileIndex },
): ReplyOf<'usage'> {
  const examples = commandExamples(command, context.index);
  return {
    ...replyDefaults(),
    kind: 'usage',
    ephemeral: true,
    title: `/${command.name}: ${question}`,
    description: `${ask}: ${usageLine(command)}, e.g. ${examples[0] ?? usageLine(command)}`,
    suggestions: examples,
    data: { command: command.name, problem },
  };
}
