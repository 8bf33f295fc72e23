// A typed line → command + arguments: "/command args", "command args", "person:rajat section:values",
// or free text through the intent rules; anything unrecognised becomes a search.
import { OPTION_NAMES, type OptionName } from '../../commands/define-command.js';
import { type CommandName, findCommand } from '../../commands/index.js';
import { cleanPerson, type Intent, parseIntent, stripMentions } from './intent.js';
import type { IntentArgs } from './intent-rules.js';

export interface LineDeps {
  /** Resolution score (0..1) when the text names someone (found or ambiguous), else null. */
  personScore(text: string): number | null;
  /** True when a command without a person still has someone to answer about. */
  hasImplicitPerson(): boolean;
}

export function parseLine(line: string, deps: LineDeps): Intent {
  const text = stripMentions(line);
  const isPerson = (s: string) => deps.personScore(s) !== null;
  if (!text) return { command: 'help', args: {} };
  if (text.startsWith('/')) {
    const [word = '', ...rest] = text.slice(1).split(' ');
    const command = findCommand(word);
    if (!command) return { command: 'help', args: word ? { command: word } : {} };
    return { command: command.name, args: commandArgs(command.name, rest.join(' '), deps) };
  }
  const intent = parseIntent(text, { isPerson });
  if (intent) return intent;
  const [word = '', ...rest] = text.split(' ');
  const command = findCommand(word);
  if (command) return { command: command.name, args: commandArgs(command.name, rest.join(' '), deps) };
  const bare = cleanPerson(text.toLowerCase().replace(/(?<![?!.])[?!.]+$/, ''));
  if (bare && isPerson(bare)) return { command: 'profile', args: { person: bare } };
  return { command: 'search', args: { query: text.replace(/(?<![?!.])[?!.]+$/, '').trim() } };
}

/** Arguments after the command word: `name:value` pairs, else by position. */
export function commandArgs(command: CommandName, rest: string, deps: LineDeps): IntentArgs {
  const keyed = /(?:^|\s)(person|section|skill|query|command):/g;
  const marks = [...rest.matchAll(keyed)];
  const args: IntentArgs = {};
  const positional = (marks.length > 0 ? rest.slice(0, marks[0]!.index) : rest).trim();
  marks.forEach((mark, i) => {
    const start = mark.index + mark[0].length;
    const end = marks[i + 1]?.index ?? rest.length;
    const value = rest.slice(start, end).trim();
    if (value && (OPTION_NAMES as readonly string[]).includes(mark[1]!)) args[mark[1] as OptionName] = value;
  });
  if (!positional) return args;
  return { ...byPosition(command, positional, deps), ...args };
}

function byPosition(command: CommandName, text: string, deps: LineDeps): IntentArgs {
  const connective = /^(?:of|for|about|on|with|from) /i;
  switch (command) {
    case 'search':
      return { query: text };
    case 'whoknows':
      return { skill: text.replace(connective, '') };
    case 'help':
      return { command: text.split(' ')[0]!.replace(/^\//, '') };
    case 'people':
      return {};
    case 'section':
      return splitPersonSection(text, deps);
    default:
      return { person: cleanPerson(text.replace(connective, '')) };
  }
}

/** Names are at most a few words ("Rajat Jog", "Mary Ann de la Cruz" is the long end): only splits that short are tried. */
export const MAX_NAME_WORDS = 5;

/**
 * "rajat values", "rajat jog engineering values", "values rajat": tries the splits whose person part
 * is at most MAX_NAME_WORDS words, person first then person last, and keeps the best-scoring person
 * (ties: the longer name). At most 2 × MAX_NAME_WORDS look-ups, however long the text. With no
 * person in it, the whole text is the section when someone is implied, else the first word is the
 * person (so the answer can say "no one called …").
 */
export function splitPersonSection(text: string, deps: LineDeps): IntentArgs {
  const words = text.split(' ').filter(Boolean);
  if (words.length < 2) return { section: text };
  const n = words.length;
  let best: { person: string; section: string; score: number } | null = null;
  for (let k = 1; k < n; k += 1) {
    const splits = [];
    if (k <= MAX_NAME_WORDS) splits.push({ person: words.slice(0, k), section: words.slice(k) });
    if (n - k <= MAX_NAME_WORDS) splits.push({ person: words.slice(k), section: words.slice(0, k) });
    for (const split of splits) {
      const person = cleanPerson(split.person.join(' '));
      const score = deps.personScore(person);
      if (score === null) continue;
      if (!best || score > best.score || (score === best.score && person.length > best.person.length)) {
        best = { person, section: split.section.join(' '), score };
      }
    }
  }
  if (best) return { person: best.person, section: best.section };
  if (deps.hasImplicitPerson()) return { section: text };
  return { person: cleanPerson(words[0]!), section: words.slice(1).join(' ') };
}
