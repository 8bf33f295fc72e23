// Who is in a group (people-groups.ts): first those whose headline or current job title says so, then,
// kept apart, those who only list the group's skills, each with the words that put them there.

import type { Profile } from '../profiles/model/profile.js';
import { EVIDENCE_SCORE } from '../search/search-keys.js';
import type { ProfileIndex } from '../search/search-types.js';
import { foldText } from '../text/fold-text.js';
import { ROLE_WORD } from './fact-line-cues.js';
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
  // In the index's name order (no collation per pair: a large team can have thousands in a group).
  const bySkills = index
    .all()
    .filter((p) => skills.has(p.id))
    .map((profile) => ({
      profile,
      by: 'skills' as const,
      why: skills.get(profile.id)!.names.slice(0, MAX_SKILLS_SHOWN).join(', '),
    }));
  return [...byRole, ...bySkills];
}

/** Sections of the opening read for a sentence saying what someone is. */
const OPENING_SECTIONS = 3;
const OPENING_LINES = 8;
const MAX_STATEMENT = 240;
/** A word for what someone is: a job ("engineer"), or a trade named by its "-ist" ("biologist", "specialist"). */
const SAYS_ROLE = /\b(?:[a-z]+ologist|specialist|analyst|administrator|technician|hobbyist|enthusiast)s?\b/i;

/**
 * "Hi, I'm Sanithu, a Full Stack Developer", "A Cloud Security Specialist (AWS) and …", a subtitle heading
 * ("Aspiring Machine Learning Engineer"): sentences of the opening sections that name a role.
 */
function openingRoles(profile: Profile): string[] {
  return profile.sections.slice(0, OPENING_SECTIONS).flatMap((section) =>
    [section.title, ...section.text.split('\n').slice(0, OPENING_LINES)]
      .flatMap((line) => line.split(/(?<=[.!?])\s+/))
      .map((sentence) => sentence.trim().slice(0, MAX_STATEMENT))
      .filter((sentence) => ROLE_WORD.test(sentence) || SAYS_ROLE.test(sentence)),
  );
}

/** The headline or a current job title that names the group's work; null when none does. */
function roleLine(profile: Profile, role: RegExp): string | null {
  // Folding splits Hangul into its letters: words of other scripts are matched as written, lowercased.
  return (
    titlesOf(profile).find((t) => role.test(t.folded) || (t.lower !== null && role.test(t.lower)))?.text ??
    null
  );
}

// Every group question reads every listed person's titles: folded once per profile object (a reload
// makes new objects, so a changed profile is read again).
const TITLES = new WeakMap<Profile, { text: string; folded: string; lower: string | null }[]>();

/** The headline, the titles of jobs held now and the opening's sentences that say a role, as written and folded. */
function titlesOf(profile: Profile): { text: string; folded: string; lower: string | null }[] {
  const known = TITLES.get(profile);
  if (known) return known;
  const titles = [
    profile.headline ?? '',
    ...profile.experience.filter((e) => ONGOING.test(foldText(e.period ?? ''))).map((e) => e.title ?? e.text),
    ...openingRoles(profile),
  ]
    .filter(Boolean)
    // Lowercased as written only where folding may change letters (any non-ASCII text).
    .map((text) => ({
      text,
      folded: foldText(text),
      lower: /[^\x00-\x7f]/.test(text) ? text.toLowerCase() : null,
    }));
  TITLES.set(profile, titles);
  return titles;
}
