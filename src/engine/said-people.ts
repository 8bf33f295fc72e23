// saidPeople: the listed people a line of whose profile puts them in a group ("I'm open to new
// opportunities", "Spent eight years building e-commerce solutions"), each with that line. The full-text
// index finds the candidates by the group's seed words, so a team of 50,000 is never read profile by profile.
import type { Profile, Section } from '../profiles/model/profile.js';
import type { ProfileIndex } from '../search/search-types.js';
import { foldText } from '../text/fold-text.js';
import { candidatePeople, TEAM_READ } from './candidate-people.js';
import { HOBBY_CUE, WORK_CUE, WORK_CUE_INSIDE } from './people-group-lines.js';
import type { PeopleGroup } from './people-group-table.js';

/** Sections whose every line tells of work done: a domain named there was worked in. */
const WORK_KINDS = new Set<Section['kind']>(['experience', 'projects']);

export function saidPeople(
  index: ProfileIndex,
  says: NonNullable<PeopleGroup['says']>,
  skip: ReadonlySet<string>,
): { profile: Profile; line: string }[] {
  const { found, considerFound } = candidatePeople((profile): { profile: Profile; line: string } | null => {
    const line = saidLine(profile, says);
    return line ? { profile, line } : null;
  }, skip);
  for (const seed of says.seeds) considerFound(index, seed);
  return found;
}

function saidLine(profile: Profile, says: NonNullable<PeopleGroup['says']>): string | null {
  let read = 0;
  for (const section of profile.sections) {
    const worked = WORK_KINDS.has(section.kind);
    for (const raw of [section.title, ...section.text.split('\n'), ...section.items].flatMap(sentences)) {
      read += 1;
      if (read > TEAM_READ.lines) return null;
      const line = raw.trim().slice(0, TEAM_READ.line);
      if (!line) continue;
      // Folding splits Hangul into letters: a line of another script is read lowercased as well.
      const folded = foldText(line);
      const lower = line.toLowerCase();
      if (!says.line.test(folded) && !says.line.test(lower)) continue;
      if (!says.work) return line;
      const work = WORK_CUE.test(folded) || WORK_CUE_INSIDE.test(lower);
      if (work || (worked && !HOBBY_CUE.test(folded))) return line;
    }
  }
  return null;
}

/** A long line read a sentence at a time: the one that says it is quoted, and none is cut before it. */
const sentences = (line: string): string[] =>
  line.length <= TEAM_READ.line ? [line] : line.split(/(?<=[.!?])\s+/);
