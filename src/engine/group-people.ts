// Who is in a group (people-groups.ts): first those whose headline or current job title says so, then,
// kept apart, those who only list the group's skills, each with the words that put them there.

import type { Profile } from '../profiles/model/profile.js';
import { EVIDENCE_SCORE } from '../search/search-keys.js';
import type { ProfileIndex } from '../search/search-types.js';
import { foldText } from '../text/fold-text.js';
import type { PeopleGroup } from './people-groups.js';

export interface GroupMatch {
  profile: Profile;
  /** `role`: a headline or current title says it; `skills`: only skills they list do. */
  by: 'role' | 'skills';
  /** The headline or title, or the skills listed ("Flutter, Dart"). */
  why: string;
}

/** People read per skill of a group. */
const MAX_PER_SKILL = 200;
/** Skills named per person. */
const MAX_SKILLS_SHOWN = 4;
/** "2021 – present": a job held now. */
const ONGOING = /\b(?:present|now|current|today|ongoing|since|atual|actual|heute|aujourd hui|oggi)\b/;

export function groupMatches(index: ProfileIndex, group: PeopleGroup): GroupMatch[] {
  const byRole: GroupMatch[] = [];
  for (const profile of index.all()) {
    if (!profile.listed) continue;
    const title = roleLine(profile, group.role);
    if (title) byRole.push({ profile, by: 'role', why: title });
  }
  const inRole = new Set(byRole.map((m) => m.profile.id));
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
  const bySkills = [...skills.values()]
    .map(({ profile, names }) => ({
      profile,
      by: 'skills' as const,
      why: names.slice(0, MAX_SKILLS_SHOWN).join(', '),
    }))
    .sort((a, b) => a.profile.name.localeCompare(b.profile.name));
  return [...byRole, ...bySkills];
}

/** The headline or a current job title that names the group's work; null when none does. */
function roleLine(profile: Profile, role: RegExp): string | null {
  return titlesOf(profile).find((t) => role.test(t.folded))?.text ?? null;
}

// Every group question reads every listed person's titles: folded once per profile object (a reload
// makes new objects, so a changed profile is read again).
const TITLES = new WeakMap<Profile, { text: string; folded: string }[]>();

/** The headline and the titles of jobs held now, as written and folded. */
function titlesOf(profile: Profile): { text: string; folded: string }[] {
  const known = TITLES.get(profile);
  if (known) return known;
  const titles = [
    profile.headline ?? '',
    ...profile.experience.filter((e) => ONGOING.test(foldText(e.period ?? ''))).map((e) => e.title ?? e.text),
  ]
    .filter(Boolean)
    .map((text) => ({ text, folded: foldText(text) }));
  TITLES.set(profile, titles);
  return titles;
}
