// `skills`: a person's skills grouped by category, in the order the profile lists them.
import { groupSkills } from '../group-skills.js';
import { firstSectionOfKind } from '../profile-sections.js';
import { personRef, replyDefaults, shortName, sourceFooter } from '../reply-parts.js';
import { resolveTarget } from '../resolve-target.js';
import { skillsOfKind } from '../skills-of-kind.js';
import type { Handler } from './handler.js';

export const skills: Handler = (context) => {
  const target = resolveTarget(context);
  if (!target.ok) return target.reply;
  const { profile } = target;
  const kind = context.invocation.args.kind?.trim();
  if (kind) return skillsOfKind(context, profile, kind);
  const who = shortName(context.index, profile);
  const categories = groupSkills(profile);
  const count = profile.skills.filter((s) => s.source !== 'prose').length;
  const mentioned = [...new Set(profile.skills.filter((s) => s.source === 'prose').map((s) => s.name))];
  const more =
    mentioned.length > 0 ? [{ name: 'Mentioned in the profile text', value: mentioned.join(', ') }] : [];
  return {
    ...replyDefaults(),
    kind: 'skills',
    person: personRef(profile),
    title: `${profile.name} — Skills`,
    description:
      count === 0
        ? `${profile.name}'s profile lists no skills${mentioned.length > 0 ? '; its text mentions some' : ''}.`
        : `${count} skill${count === 1 ? '' : 's'} in ${categories.length} group${categories.length === 1 ? '' : 's'}.`,
    blocks:
      count + mentioned.length === 0
        ? []
        : [
            {
              type: 'fields',
              fields: [
                ...categories.map((c) => ({ name: c.category ?? 'Skills', value: c.skills.join(', ') })),
                ...more,
              ],
            },
          ],
    footer: sourceFooter(profile, firstSectionOfKind(profile, 'skills')),
    suggestions: [
      `/profile ${who}`,
      `/contact ${who}`,
      ...(profile.experience.length > 0 ? [`/experience ${who}`] : []),
    ],
    data: { categories },
  };
};
