// whoKnowsAll: people for several skills at once ("postgres and django"): those who list every one
// first, then those who list some, most first. Reads each skill's holders once (no pass over everyone).
import type { Profile, Skill } from '../profiles/model/profile.js';
import { byNameKey } from './name-order.js';
import type { SeveralSkillsMatch, WhoKnowsAllResult } from './search-types.js';
import type { createSkillIndex } from './skill-search.js';
import { topK } from './top-k.js';

/** One skill: its first `limit` listed holders, without reading the rest. */
function oneSkill(
  deps: { get: (id: string) => Profile | undefined },
  read: { canonical: string; holders: ReadonlyMap<string, Skill> },
  limit: number,
): WhoKnowsAllResult {
  const matches: SeveralSkillsMatch[] = [];
  for (const [id, skill] of read.holders) {
    if (matches.length >= limit) break;
    const profile = deps.get(id);
    if (profile?.listed) matches.push({ profile, skills: [skill], all: true });
  }
  return { canonicals: [read.canonical], matches };
}

export function whoKnowsAll(
  deps: { get: (id: string) => Profile | undefined; skills: ReturnType<typeof createSkillIndex> },
  terms: readonly string[],
  limit: number,
): WhoKnowsAllResult {
  const read = terms.map((term) => deps.skills.holdersOf(term));
  if (read.length === 1) return oneSkill(deps, read[0]!, limit);
  const listedBy = new Map<string, (Skill | null)[]>();
  read.forEach(({ holders }, i) => {
    for (const [id, skill] of holders) {
      let row = listedBy.get(id);
      if (!row) {
        row = read.map(() => null);
        listedBy.set(id, row);
      }
      row[i] = skill;
    }
  });
  const matches: SeveralSkillsMatch[] = [];
  for (const [id, row] of listedBy) {
    const profile = deps.get(id);
    if (!profile?.listed) continue;
    const skills = row.filter((s): s is Skill => s !== null);
    matches.push({ profile, skills, all: skills.length === read.length });
  }
  const best = topK(
    matches,
    limit,
    (a, b) => b.skills.length - a.skills.length || byNameKey(a.profile, b.profile),
  );
  return { canonicals: read.map((r) => r.canonical), matches: best };
}
