// A typed line → command + arguments: "/command args", "command args", "person:rajat section:values",
// or free text through the intent rules; anything unrecognised becomes a search.
import type { CommandDefinition } from '../../commands/define-command.js';
import { COMMAND_SET, type CommandName, type CommandSet, type OptionName } from '../../commands/index.js';
import { onlyAcknowledges, withoutAcknowledgement } from './acknowledgement.js';
import { cleanPerson, type Intent, parseIntent } from './intent.js';
import type { IntentArgs } from './intent-rules.js';
import { normalizeQuestion, stripMentions } from './normalize-question.js';
import { peopleSkillQuestion } from './people-skill-question.js';
import { personQuestion } from './person-question.js';
import { nameParts } from './whoknows-people.js';

export interface LineDeps {
  /** Resolution score (0..1) when the text names someone (found or ambiguous), else null. */
  personScore(text: string): number | null;
  /** True when a command without a person still has someone to answer about. */
  hasImplicitPerson(): boolean;
  /** True when every word of the text is a name word of the person (or people) it names. */
  namesPerson?(text: string): boolean;
}

/** `commands`: the set to recognise (tests add one; the app uses the built-in set). */
export function parseLine(line: string, deps: LineDeps, commands: CommandSet = COMMAND_SET): Intent {
  const text = stripMentions(line);
  const isPerson = (s: string) => deps.personScore(s) !== null;
  // Nothing asked ("ok cool. makes sense", "got it, thanks"): what can be asked, never a search for "cool".
  if (!text || onlyAcknowledges(text.toLowerCase())) return { command: 'help', args: {} };
  if (text.startsWith('/')) {
    const [word = '', ...rest] = text.slice(1).split(' ');
    const command = commands.find(word);
    if (!command) return { command: 'help', args: word ? { command: word } : {} };
    return {
      command: command.name as CommandName,
      args: commandArgs(command, rest.join(' '), deps, commands),
    };
  }
  // "does diego or jonas know kafka", "who knows more go, diego or tom": several people named, before
  // the rules (which read "more go, diego or tom" as one skill).
  const names = deps.namesPerson;
  const several = names ? peopleSkillQuestion(normalizeQuestion(text), names, 2) : null;
  if (several) return several;
  const intent = parseIntent(text, names ? { isPerson, namesPerson: names } : { isPerson });
  if (intent) return intent;
  const [word = '', ...rest] = text.split(' ');
  const command = commands.find(word);
  if (command)
    return {
      command: command.name as CommandName,
      args: commandArgs(command, rest.join(' '), deps, commands),
    };
  // "rajat", "and rajat?" (a follow-up: the bot keeps no conversation, so their card).
  const bare = cleanPerson(
    withoutAcknowledgement(text.toLowerCase())
      .replace(/(?<![?!.])[?!.]+$/, '')
      .replace(/^(?:and|also|plus) /, ''),
  );
  if (bare && isPerson(bare)) return { command: 'profile', args: { person: bare } };
  // "ana and bo": several people named alone, each one's card.
  const parts = bare ? nameParts(bare) : [];
  if (parts.length > 1 && parts.every(isPerson)) return { command: 'profile', args: { person: bare } };
  // "did hiroshi give any talks": a name inside a question no rule reads, and a fact asked about them.
  const asked = deps.namesPerson ? personQuestion(normalizeQuestion(text), deps.namesPerson) : null;
  if (asked) return asked;
  // "is diego a go dev", "can lena do k8s", "kennt diego kafka": one person and skills, no rule's words.
  const skillAsked = names ? peopleSkillQuestion(normalizeQuestion(text), names) : null;
  if (skillAsked) return skillAsked;
  return { command: 'search', args: { query: text.replace(/(?<![?!.])[?!.]+$/, '').trim() } };
}

/** Arguments after the command word: `name:value` pairs (any option name the set knows), else by position. */
export function commandArgs(
  command: CommandDefinition,
  rest: string,
  deps: LineDeps,
  commands: CommandSet = COMMAND_SET,
): IntentArgs {
  const marks = optionMarks(rest, commands.optionNames);
  const args: IntentArgs = {};
  const positional = (marks.length > 0 ? rest.slice(0, marks[0]!.at) : rest).trim();
  marks.forEach((mark, i) => {
    const end = marks[i + 1]?.at ?? rest.length;
    const value = rest.slice(mark.valueAt, end).trim();
    if (value) args[mark.name as OptionName] = value;
  });
  if (!positional) return args;
  return { ...byPosition(command, positional, deps, commands), ...args };
}

interface Mark {
  name: string;
  /** Where the mark starts (the space before it, or 0). */
  at: number;
  /** Where its value starts (after the colon). */
  valueAt: number;
}

/** `name:` at the start or after white space, for each known option name; one pass, no regex. */
function optionMarks(rest: string, names: readonly string[]): Mark[] {
  const marks: Mark[] = [];
  for (let i = 0; i < rest.length; i += 1) {
    const start = i === 0 && !/\s/.test(rest[0]!) ? 0 : /\s/.test(rest[i]!) ? i + 1 : -1;
    if (start < 0) continue;
    const name = names.find((n) => rest.startsWith(n, start) && rest[start + n.length] === ':');
    if (name) marks.push({ name, at: i, valueAt: start + name.length + 1 });
  }
  return marks;
}

const CONNECTIVE = /^(?:of|for|about|on|with|from) /i;

/** How each option reads the text it is given by position (see POSITIONAL_READS). */
const READS: Record<string, (text: string) => string> = {
  text: (text) => text,
  topic: (text) => text.replace(CONNECTIVE, ''),
  person: (text) => cleanPerson(text.replace(CONNECTIVE, '')),
  // "help on the section command": the word after the connective.
  word: (text) => text.replace(CONNECTIVE, '').replace(/^the /i, '').split(' ')[0]!.replace(/^\//, ''),
};

function byPosition(
  command: CommandDefinition,
  text: string,
  deps: LineDeps,
  commands: CommandSet,
): IntentArgs {
  const [first, second] = command.positional;
  if (!first) return {};
  if (second) return splitPersonSection(text, deps, (first === 'person' ? second : first) as OptionName);
  const read = commands.option(first)?.read ?? 'text';
  return { [first]: READS[read]!(text) };
}

/** Names are at most a few words ("Rajat Jog", "Mary Ann de la Cruz" is the long end): only splits that short are tried. */
export const MAX_NAME_WORDS = 5;

/**
 * "rajat values", "rajat jog engineering values", "values rajat" (person and `other`, e.g. section): tries the splits whose person part
 * is at most MAX_NAME_WORDS words, person first then person last, and keeps the best-scoring person
 * (ties: the longer name). At most 2 × MAX_NAME_WORDS look-ups, however long the text. With no
 * person in it, the whole text is the section when someone is implied, else the first word is the
 * person (so the answer can say "no one called …").
 */
export function splitPersonSection(text: string, deps: LineDeps, other: OptionName = 'section'): IntentArgs {
  const words = text.split(' ').filter(Boolean);
  if (words.length < 2) return { [other]: text };
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
  if (best) return { person: best.person, [other]: best.section };
  if (deps.hasImplicitPerson()) return { [other]: text };
  return { person: cleanPerson(words[0]!), [other]: words.slice(1).join(' ') };
}
