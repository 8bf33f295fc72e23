// Autocomplete for command options: people, sections of the chosen person, skills, command names.
// Discord's caps apply everywhere: at most 25 choices, names at most 100 characters.
import type { CompletionSource } from '../../commands/define-command.js';
import { COMMAND_SET, type CommandSet } from '../../commands/index.js';
import type { Profile } from '../profiles/model/profile.js';
import type { ProfileIndex } from '../search/search-types.js';
import { wordTokens } from '../text/fold-text.js';
import { sliceWhole } from '../text/slice-whole.js';
import type { AutocompleteRequest, Choice } from './invocation.js';
import { personLabel } from './person-label.js';
import { SKILL_KIND_NAMES } from './skills-of-kind.js';

export const MAX_CHOICES = 25;
export const MAX_CHOICE_NAME = 100;

interface Completing {
  index: ProfileIndex;
  request: AutocompleteRequest;
  typed: string;
  defaultProfile: string | null;
  commands: CommandSet;
}

/** One function per source an option can declare (`complete` in its definition). */
const SOURCES: Record<CompletionSource, (c: Completing) => Choice[]> = {
  people: ({ index, typed }) =>
    index
      .completePeople(typed, MAX_CHOICES)
      .filter((p) => p.listed || namesTyped(p, typed))
      .map((p) => choice(personLabel(p), p.id)),
  sections: ({ index, request, typed, defaultProfile }) => {
    const person = chosenPerson(index, request.args.person, defaultProfile);
    return index.completeSections(person, typed, MAX_CHOICES).map((title) => choice(title, title));
  },
  skills: ({ index, typed }) => index.completeSkills(typed, MAX_CHOICES).map((skill) => choice(skill, skill)),
  kinds: ({ typed }) =>
    SKILL_KIND_NAMES.filter((k) => k.includes(typed.trim().toLowerCase()))
      .slice(0, MAX_CHOICES)
      .map((k) => choice(k, k)),
  commands: ({ typed, commands }) => {
    const prefix = typed.replace(/^\//, '').toLowerCase();
    return commands.list
      .filter((c) => c.name.startsWith(prefix))
      .slice(0, MAX_CHOICES)
      .map((c) => choice(`${c.name} — ${c.description}`, c.name));
  },
};

/** Choices from the source the option declares; none for an option without one (a free search). */
export function autocomplete(
  index: ProfileIndex,
  request: AutocompleteRequest,
  defaultProfile: string | null,
  commands: CommandSet = COMMAND_SET,
): Choice[] {
  const source = commands.option(request.option)?.complete;
  if (!source) return [];
  return SOURCES[source]({ index, request, typed: request.value.trim(), defaultProfile, commands });
}

/**
 * Whether `typed` holds a whole word of the person's name, handle, alias or id. An unlisted person
 * (`listed: false`) is found by name only: offered for a first letter, typing a to z would list them all.
 */
function namesTyped(person: Profile, typed: string): boolean {
  const words = new Set(wordTokens(typed));
  const names = [person.name, person.id, person.handle ?? '', ...person.aliases];
  return names.some((name) => wordTokens(name).some((word) => words.has(word)));
}

/** The person already chosen in the form (or the default, or the only one); null = everyone. */
function chosenPerson(
  index: ProfileIndex,
  asked: string | undefined,
  defaultProfile: string | null,
): Profile | null {
  const name = asked?.trim() || defaultProfile;
  if (name) {
    const byId = index.get(name);
    if (byId) return byId;
    const resolved = index.resolvePerson(name);
    return resolved.status === 'found' ? resolved.value : null;
  }
  const everyone = index.all();
  return everyone.length === 1 ? everyone[0]! : null;
}

/** Names are cut at a word boundary with "…" (value stays whole: it is what gets submitted). */
function choice(name: string, value: string): Choice {
  const short =
    name.length <= MAX_CHOICE_NAME ? name : `${sliceWhole(name, 0, MAX_CHOICE_NAME - 1).trimEnd()}…`;
  return { name: short, value: sliceWhole(value, 0, MAX_CHOICE_NAME) };
}
