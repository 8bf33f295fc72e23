// Who is in a group (people-groups.ts): first those whose headline or current job title says so, then those
// a line of whose profile does (said-people.ts), then, kept apart, those who only list the group's skills,
// each with the words that put them there.

import type { Profile } from '../profiles/model/profile.js';
import { roleTitles } from '../search/role-titles.js';
import { EVIDENCE_SCORE } from '../search/search-keys.js';
import type { ProfileIndex } from '../search/search-types.js';
import { foldText } from '../text/fold-text.js';
import type { PeopleGroup } from './people-group-table.js';
import { saidPeople } from './said-people.js';

export interface GroupMatch {
  profile: Profile;
  /** `role`: a headline or current title says it; `says`: a line of theirs does; `skills`: only skills they list do. */
  by: 'role' | 'says' | 'skills';
  /** The headline or title, the line, or the skills listed ("Flutter, Dart"). */
  why: string;
}

/** People read per skill of a group. */
const MAX_PER_SKILL = 200;
/** Skills named per person. */
const MAX_SKILLS_SHOWN = 4;

export function groupMatches(index: ProfileIndex, group: PeopleGroup): GroupMatch[] {
  const byRole: GroupMatch[] = titledPeople(index.all(), group.role).map(({ profile, title }) => ({
    profile,
    by: 'role',
    why: title,
  }));
  const inRole = new Set(byRole.map((m) => m.profile.id));
  const bySaying: GroupMatch[] = group.says
    ? saidPeople(index, group.says, inRole).map(({ profile, line }) => ({ profile, by: 'says', why: line }))
    : [];
  for (const m of bySaying) inRole.add(m.profile.id);
  const skills = new Map<string, { profile: Profile; names: string[] }>();
  for (const skill of group.skills) {
    const result = index.whoKnows(skill, { limit: MAX_PER_SKILL });
    const weak = group.weak?.includes(skill) ?? false;
    for (const match of result.matches) {
      // Listed skills only: a sentence that mentions Kotlin makes no one a mobile developer.
      if (!match.profile.listed || inRole.has(match.profile.id) || match.score <= EVIDENCE_SCORE.prose)
        continue;
      if (weak && !group.role.test(foldText(match.skill.category ?? ''))) continue;
      const entry = skills.get(match.profile.id) ?? { profile: match.profile, names: [] };
      if (!entry.names.includes(match.skill.name)) entry.names.push(match.skill.name);
      skills.set(match.profile.id, entry);
    }
  }
  // In the index's name order (no collation per pair: a large team can have thousands in a group).
  const bySkills = index
    .all()
    .filter((p) => skills.has(p.id))
    .map((profile) => ({
      profile,
      by: 'skills' as const,
      why: skills.get(profile.id)!.names.slice(0, MAX_SKILLS_SHOWN).join(', '),
    }));
  return [...byRole, ...bySaying.sort((a, b) => a.profile.name.localeCompare(b.profile.name)), ...bySkills];
}

/**
 * The listed people, in the index's (name) order, whose headline, current job title or opening role
 * sentence (derived when the profile was indexed: search/role-titles.ts) the role pattern matches, with
 * the first such title.
 */
function titledPeople(everyone: readonly Profile[], role: RegExp): { profile: Profile; title: string }[] {
  // One test of all a person's titles, a line each, rules out most people; those it keeps are read
  // title by title with the pattern as it is (multiline: `^`/`$` still mean a title's own ends).
  const anyLine = new RegExp(role.source, `${role.flags.replace(/[gym]/g, '')}m`);
  const out: { profile: Profile; title: string }[] = [];
  for (const profile of everyone) {
    if (!profile.listed) continue;
    const titles = roleTitles(profile);
    if (!anyLine.test(titles.folded) && !(titles.lower !== null && anyLine.test(titles.lower))) continue;
    // Folding splits Hangul into its letters: words of other scripts are matched as written, lowercased.
    const title = titles.list.find((t) => role.test(t.folded) || (t.lower !== null && role.test(t.lower)));
    if (title) out.push({ profile, title: title.text });
  }
  return out;
}
