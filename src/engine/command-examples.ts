// Usage examples built from the loaded folder: people, skills and sections that exist there, so
// /help and "e.g." lines fit whichever team's profiles are loaded. Reads at most a few profiles.
import type { CommandDefinition } from '../../commands/index.js';
import type { Profile, SectionKind } from '../profiles/model/profile.js';
import { firstInOrder } from '../search/name-order.js';
import type { ProfileIndex } from '../search/search-types.js';
import { mainSections } from './profile-sections.js';
import { shortName } from './short-name.js';

/** Section kinds worth showing in an example, most telling first; each person gets a different one. */
const KIND_WORDS: readonly SectionKind[] = [
  'values',
  'focus',
  'projects',
  'interests',
  'education',
  'certifications',
];

interface Sample {
  people: { name: string; profile: Profile }[];
  skills: string[];
}

function sample(index: ProfileIndex): Sample {
  const listed = firstInOrder(index.all(), (p) => (p.listed ? p : undefined), 2);
  const people = listed.map((profile) => ({ name: shortName(index, profile), profile }));
  // Later people first: two people give two different skills even when they share their first one.
  const skills = [...people]
    .reverse()
    .flatMap(({ profile }) => profile.skills.slice(0, 3).map((s) => s.name.toLowerCase()));
  return { people, skills: [...new Set(skills)] };
}

function sectionWord(profile: Profile, taken: string | null): string | null {
  const kinds = new Set(mainSections(profile).map((s) => s.kind));
  const kind = KIND_WORDS.find((k) => kinds.has(k) && k !== taken);
  return kind ?? mainSections(profile)[0]?.title.toLowerCase() ?? null;
}

/** Examples for one command over this folder (its `folderExamples`); its own generic ones when no one is loaded. */
export function commandExamples(command: CommandDefinition, index: ProfileIndex): string[] {
  const { people, skills } = sample(index);
  const [p1, p2] = [people[0]?.name, people[1]?.name ?? people[0]?.name];
  if (!p1 || !p2) return genericExamples(command);
  if (!command.folderExamples) return [...command.examples];
  const section = sectionWord(people[0]!.profile, null);
  const blanks: Record<string, string | null | undefined> = {
    person: p1,
    person2: p2,
    skill: skills[0],
    skill2: skills[1] ?? skills[0],
    section,
    section2: people[1] ? sectionWord(people[1].profile, section) : null,
  };
  const filled = command.folderExamples.map((template) => fill(template, blanks));
  const examples = [...new Set(filled.filter((e): e is string => e !== null))];
  return examples.length > 0 ? examples : genericExamples(command);
}

/** The template with every {blank} filled; null when one has no value here (or is unknown). */
function fill(template: string, blanks: Record<string, string | null | undefined>): string | null {
  let missing = false;
  const text = template.replace(/\{(\w{1,20})\}/g, (_whole, name: string) => {
    const value = blanks[name];
    if (!value) missing = true;
    return value ?? '';
  });
  return missing ? null : text;
}

/** With no one loaded: the usage line itself, names left as placeholders. */
function genericExamples(command: CommandDefinition): string[] {
  const named = command.examples.filter((e) => !/\s/.test(e));
  return named.length > 0 ? named : [`/${command.name}${command.usage ? ` ${command.usage}` : ''}`];
}

/** Free-text examples for the help listing, over this folder's people and skills. */
export function freeTextExamples(index: ProfileIndex): string[] {
  const { people, skills } = sample(index);
  const [p1, p2] = [people[0]?.name, people[1]?.name ?? people[0]?.name];
  if (!p1 || !p2) return ['who is here?', 'help'];
  const [s1, s2] = [skills[0], skills[1]];
  const out = [`what are ${p1}'s skills`, `how do I reach ${p2}`];
  if (s1) out.push(`who knows ${s1}?`, `does ${p2} know ${s1}?`);
  if (s1 && s2) out.push(`who knows ${s1} and ${s2}?`);
  out.push(`tell me about ${p1}`, `what does ${p2} do`);
  return out;
}
