// "/skills ana kind:databases", "which databases does ana use": one person's skills of one kind, and
// what else they list when none is of that kind. An unknown kind is a usage reply naming the kinds.
import type { Profile } from '../profiles/model/profile.js';
import { familyNamed, inFamily, SKILL_FAMILIES } from '../profiles/vocabulary/skill-families.js';
import { groupSkills } from './group-skills.js';
import type { HandlerContext } from './handlers/handler.js';
import { firstSectionOfKind } from './profile-sections.js';
import type { Reply } from './reply.js';
import { personRef, quoted, replyDefaults, shortName, sourceFooter } from './reply-parts.js';

/** The kinds /skills can narrow to, as a user types them ("databases", "cloud platforms"). */
export const SKILL_KIND_NAMES: readonly string[] = SKILL_FAMILIES.map((f) => f.name.toLowerCase());

export function skillsOfKind(context: HandlerContext, profile: Profile, kind: string): Reply {
  const family = familyNamed(kind);
  if (!family)
    return {
      ...replyDefaults(),
      kind: 'usage',
      ephemeral: true,
      title: `/skills: which kind is ${quoted(kind.slice(0, 60))}?`,
      description: `Kinds I can narrow skills to: ${SKILL_KIND_NAMES.join(', ')}.`,
      suggestions: [`/skills ${shortName(context.index, profile)}`],
      data: { command: 'skills', problem: 'unknown kind' },
    };
  const who = shortName(context.index, profile);
  const all = groupSkills(profile);
  const categories = all
    .map((c) => ({ category: c.category, skills: c.skills.filter((s) => inFamily(family, s)) }))
    .filter((c) => c.skills.length > 0);
  const found = [...new Set(categories.flatMap((c) => c.skills))];
  const listed = all.reduce((n, c) => n + c.skills.length, 0);
  const kindName = family.name.toLowerCase();
  return {
    ...replyDefaults(),
    kind: 'skills',
    person: personRef(profile),
    title: `${profile.name} — ${family.name}`,
    description:
      found.length > 0
        ? `${found.length} of the ${listed} skills ${profile.name} lists ${found.length === 1 ? `is ${family.one}` : `are ${kindName}`}: ${found.join(', ')}.`
        : `${profile.name}'s profile lists no ${kindName}${listed > 0 ? ` among its ${listed} skills (/skills ${who} shows them all)` : ''}.`,
    blocks:
      found.length === 0
        ? []
        : [
            {
              type: 'fields',
              fields: categories.map((c) => ({
                name: c.category ?? family.name,
                value: c.skills.join(', '),
              })),
            },
          ],
    footer: sourceFooter(profile, firstSectionOfKind(profile, 'skills')),
    suggestions: [`/skills ${who}`, `/profile ${who}`],
    data: { categories },
  };
}
