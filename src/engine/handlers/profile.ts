// `profile`: the overview card: headline, top skills per category, contact kinds, the section list.
import type { Profile } from '../../profiles/model/profile.js';
import { certificationLine } from '../certifications.js';
import { groupSkills } from '../group-skills.js';
import { mainSections } from '../profile-sections.js';
import type { ReplyBlock } from '../reply.js';
import { personRef, replyDefaults, shortName, sourceFooter } from '../reply-parts.js';
import { resolveTarget } from '../resolve-target.js';
import { factLine, saysRole } from '../topic-line.js';
import type { Handler } from './handler.js';

/** Skills shown per category on the card; the rest are counted (the full list is /skills). */
const TOP_SKILLS = 5;

export const profile: Handler = (context) => {
  const target = resolveTarget(context);
  if (!target.ok) return target.reply;
  const person = target.profile;
  const who = shortName(context.index, person);
  const blocks: ReplyBlock[] = [];
  // "what's X's job", "X's role": the job they hold now leads the card, whatever the headline says.
  const asksRole = context.invocation.args.section === 'role';
  // A headline that doesn't say what they do ("🐝", a greeting): the line of the profile that does.
  const role = person.headline && saysRole(person.headline) ? null : lineOf(person, 'role');
  // With no headline at all, the role line is the description itself.
  if (role && person.headline && !sameStart(role, person.headline))
    blocks.push({ type: 'text', heading: 'Role', text: role });
  const now = currentJobs(person, asksRole);
  // Asked for their job with no entry running to today: the line saying where they work.
  const work = asksRole && now.length === 0 ? lineOf(person, 'work') : null;
  if (work && work !== role && !sameStart(work, person.headline ?? '') && !onlyPast(work))
    blocks.push({ type: 'text', heading: 'Work', text: work });
  // The job they hold now, when the headline doesn't name its employer ("Indie game developer" at Romero Games).
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
    description: person.headline ?? role ?? `${person.name}'s profile has no headline.`,
    blocks,
    footer: sourceFooter(person),
    suggestions: suggestions.map((s) => s.trim()),
    data: { profileId: person.id },
  };
};

/** An entry's period that runs to today ("2021 – present", "since 2022", "2023 – atual"). */
const CURRENT_PERIOD =
  /\b(?:present|now|current|today|ongoing|since|atual|actual|actualidad|heute|aujourd'hui|présent)\b/i;

/** An entry that says it is the job held now ("Working at: Quillstack", "Currently: SRE at Vipps"). */
const CURRENT_ENTRY =
  /^[^\p{L}]{0,6}(?:currently|now|working (?:at|for)|work (?:at|for)|employed (?:at|by))\b/iu;

/** Experience entries running to today (asked for: all of them; else those whose employer the headline doesn't name). */
function currentJobs(person: Profile, asked: boolean): string[] {
  const headline = (person.headline ?? '').toLowerCase();
  return person.experience
    .filter((e) => (e.period ? CURRENT_PERIOD.test(e.period) : asked && CURRENT_ENTRY.test(e.text)))
    .filter((e) => asked || !e.organization || !headline.includes(e.organization.toLowerCase()))
    .slice(0, 2)
    .map((e) => e.text);
}

/** The line stating their role ("I'm a backend engineer") or where they work ("He is Head of Product of Sycamore"). */
function lineOf(person: Profile, fact: 'role' | 'work'): string | null {
  return factLine(person, fact)?.section.text ?? null;
}

const PAST = /\b(?:previously|formerly|used to|before that|in the past)\b/i;
const NOW_WORD = /\b(?:current|currently|now|today|these days|is|am|are)\b/i;
/** "I previously helped lead DevRel at AWS": a past job, no answer to what they do now. */
const onlyPast = (line: string): boolean => PAST.test(line) && !NOW_WORD.test(line);

/** The line is the headline, or the headline is the line cut short ("Welcome! I am … and…"). */
function sameStart(line: string, headline: string): boolean {
  const start = headline.replace(/…$/, '').trimEnd();
  return start !== '' && line.startsWith(start);
}
