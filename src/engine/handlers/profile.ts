// `profile`: the overview card: headline, top skills per category, contact kinds, the section list.
import type { Profile } from '../../profiles/model/profile.js';
import { certificationLine } from '../certifications.js';
import { mainSections } from '../profile-sections.js';
import type { ReplyBlock } from '../reply.js';
import { personRef, replyDefaults, shortName, sourceFooter } from '../reply-parts.js';
import { resolveTarget } from '../resolve-target.js';
import { factLine, saysRole } from '../topic-line.js';
import type { Handler } from './handler.js';
import { groupSkills } from './skills.js';

/** Skills shown per category on the card; the rest are counted (the full list is /skills). */
const TOP_SKILLS = 5;

export const profile: Handler = (context) => {
  const target = resolveTarget(context);
  if (!target.ok) return target.reply;
  const person = target.profile;
  const who = shortName(context.index, person);
  const blocks: ReplyBlock[] = [];
  // A headline that doesn't say what they do ("🐝", a greeting): the line of the profile that does.
  const role = person.headline && saysRole(person.headline) ? null : factLine(person, 'role');
  // With no headline at all, the role line is the description itself.
  if (role && person.headline && role.section.text !== person.headline)
    blocks.push({ type: 'text', heading: 'Role', text: role.section.text });
  // The job they hold now, when the headline doesn't name its employer ("Indie game developer" at Romero Games).
  const now = currentJobs(person);
  if (now.length > 0) blocks.push({ type: 'list', heading: 'Now', items: now });
  const groups = groupSkills(person);
  if (groups.length > 0) {
    blocks.push({
      type: 'fields',
      heading: 'Top skills',
      fields: groups.map((g) => ({
        name: g.category ?? 'Skills',
        value:
          g.skills.slice(0, TOP_SKILLS).join(', ') +
          (g.skills.length > TOP_SKILLS ? ` (+${g.skills.length - TOP_SKILLS} more)` : ''),
        inline: true,
      })),
    });
  }
  const contactKinds = [
    ...new Set(person.contacts.filter((c) => c.visibility === 'public').map((c) => c.label)),
  ];
  if (contactKinds.length > 0)
    blocks.push({ type: 'text', heading: 'Contact', text: contactKinds.join(', ') });
  const sections = mainSections(person).map((s) => s.title);
  if (person.certifications.length > 0) {
    blocks.push({
      type: 'list',
      heading: 'Certifications',
      items: person.certifications.map(certificationLine),
    });
  }
  if (sections.length > 0) blocks.push({ type: 'list', heading: 'Sections', items: sections });
  const suggestions = [`/skills ${who}`, `/contact ${who}`];
  suggestions.push(
    person.experience.length > 0 ? `/experience ${who}` : `/section ${who} ${sections[0] ?? ''}`,
  );
  return {
    ...replyDefaults(),
    kind: 'profile',
    person: personRef(person),
    title: person.pronouns ? `${person.name} (${person.pronouns})` : person.name,
    description: person.headline ?? role?.section.text ?? `${person.name}'s profile has no headline.`,
    blocks,
    footer: sourceFooter(person),
    suggestions: suggestions.map((s) => s.trim()),
    data: { profileId: person.id },
  };
};

/** An entry's period that runs to today ("2021 – present", "since 2022", "2023 – atual"). */
const CURRENT_PERIOD =
  /\b(?:present|now|current|today|ongoing|since|atual|actual|actualidad|heute|aujourd'hui|présent)\b/i;

/** Experience entries running to today whose employer the headline doesn't already name. */
function currentJobs(person: Profile): string[] {
  const headline = (person.headline ?? '').toLowerCase();
  return person.experience
    .filter((e) => e.period && CURRENT_PERIOD.test(e.period))
    .filter((e) => !e.organization || !headline.includes(e.organization.toLowerCase()))
    .slice(0, 2)
    .map((e) => e.text);
}
