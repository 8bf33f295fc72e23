// A person's listed skills grouped by the profile's own categories (prose mentions apart).
import type { Profile } from '../profiles/model/profile.js';

/** Listed skills grouped by category, first-seen order, each name once per category (prose mentions apart). */
export function groupSkills(profile: Profile): { category: string | null; skills: string[] }[] {
  const groups = new Map<string | null, string[]>();
  for (const skill of profile.skills) {
    if (skill.source === 'prose') continue;
    const list = groups.get(skill.category) ?? [];
    if (!list.includes(skill.name)) list.push(skill.name);
    groups.set(skill.category, list);
  }
  return [...groups].map(([category, names]) => ({ category, skills: names }));
}
