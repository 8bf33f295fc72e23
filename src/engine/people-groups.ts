// The groups a team asks about by what people do ("who does mobile", "any devops people?", "designers?"):
// how a question names one (GROUP_PHRASE, groupNamed) and a job title no table row names (titledGroup).
// The table itself is people-group-table.ts.
import { foldText } from '../text/fold-text.js';
import { PEOPLE_GROUPS, type PeopleGroup } from './people-group-table.js';

/** A word for people after a field ("mobile devs", "devops folks"). */
export const PEOPLE_NOUN =
  '(?:devs?|developers?|engineers?|people|folks|persons?|guys|team|specialists?|experts?|programmers?|peeps|crowd|ones)';

const escapeSource = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Longest first, so "data science" is read before "data". */
const byLength = (a: string, b: string) => b.length - a.length;

/** Fields of every group as one alternation ("mobile|devops|…"). */
export const GROUP_FIELD = PEOPLE_GROUPS.flatMap((g) => g.fields)
  .sort(byLength)
  .map(escapeSource)
  .join('|');
/** Nouns of every group, written as pattern sources ("designers?"). */
const GROUP_NOUN = PEOPLE_GROUPS.flatMap((g) => g.nouns)
  .sort(byLength)
  .join('|');
/** A group named in a question: "mobile devs", "designers", "devops people". */
export const GROUP_PHRASE = `(?:(?:${GROUP_FIELD}) ${PEOPLE_NOUN}|${GROUP_NOUN})`;

/** The group a phrase of a question names ("mobile devs", "the designers"); null for anything else. */
export function groupNamed(phrase: string): PeopleGroup | null {
  const words = foldText(phrase.replace(/\//g, ' '));
  const bare = words.replace(new RegExp(` ${PEOPLE_NOUN}$`), '').trim();
  for (const group of PEOPLE_GROUPS) {
    if (group.fields.some((f) => foldText(f) === bare || foldText(f) === words)) return group;
    if (group.nouns.some((n) => new RegExp(`^(?:${foldText(n.replace('s?', ''))})s?$`).test(words)))
      return group;
  }
  return null;
}

/** A group no table row names ("blockchain engineers"): those whose headline or title has its words. */
export function titledGroup(phrase: string): PeopleGroup | null {
  // A job title is words: anything else ("+1 555 …") is no title, and is never echoed back.
  if (!/^[\p{L}\s'’&/.-]+$/u.test(phrase.trim())) return null;
  const words = foldText(phrase)
    .replace(new RegExp(` ${PEOPLE_NOUN}$`), '')
    .trim();
  if (!words || words.split(' ').length > 4) return null;
  const singular = words.replace(/s$/, '');
  return {
    label: `People whose title says “${phrase.trim()}”`,
    field: words,
    fields: [],
    nouns: [],
    role: new RegExp(`\\b${singular.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}s?\\b`),
    skills: [],
  };
}
