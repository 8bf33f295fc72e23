// `experience`: entries and highlights exactly as the profile lists them. A profile without an
// experience section gets a plain "lists no experience" answer pointing at the sections it has:
// never invented entries.
import type { Profile } from '../../profiles/model/profile.js';
import { experienceAt } from '../experience-at.js';
import { freelanceLines } from '../freelance-lines.js';
import { pastWorkLines } from '../past-work-lines.js';
import { firstSectionOfKind, mainSections } from '../profile-sections.js';
import type { ReplyBlock } from '../reply.js';
import { personRef, replyDefaults, shortName, sourceFooter } from '../reply-parts.js';
import { resolveTarget } from '../resolve-target.js';
import { factLine } from '../topic-line.js';
import type { Handler } from './handler.js';

export const experience: Handler = (context) => {
  const target = resolveTarget(context);
  if (!target.ok) return target.reply;
  const { profile } = target;
  // "does X work at Y": whether the profile names that employer.
  const employer = context.invocation.args.query?.trim();
  if (employer) return experienceAt(context, profile, employer);
  const who = shortName(context.index, profile);
  const entries = profile.experience.map((e) => ({
    text: e.text,
    title: e.title,
    organization: e.organization,
    period: e.period,
  }));
  const base = {
    ...replyDefaults(),
    kind: 'experience' as const,
    person: personRef(profile),
    title: `${profile.name} — Experience`,
    data: { entries },
  };
  if (entries.length === 0) {
    const nearby = relatedSections(profile);
    // No list of jobs, but a sentence names where they work ("… at Fjällbacka Studio, where I've been
    // since 2021. Before that …"): quoted as written, never turned into entries.
    const said = factLine(profile, 'work');
    // "tariq's previous job": the sentences about earlier work too ("Before Zipline I spent four years at …").
    const earlier = [
      ...pastWorkLines(profile, context.invocation.text, [said?.section.text ?? '']),
      ...freelanceLines(profile, context.invocation.text, [said?.section.text ?? '']),
    ];
    if (said) {
      return {
        ...base,
        description: `${profile.name}'s profile lists no experience section; it says:`,
        blocks: [{ type: 'text', text: said.section.text }, ...alsoSays(earlier)],
        footer: sourceFooter(profile, said.section.title || null),
        suggestions: [...nearby.slice(0, 2).map((t) => `/section ${who} ${t}`), `/profile ${who}`],
      };
    }
    return {
      ...base,
      description:
        nearby.length > 0
          ? `${profile.name}'s profile lists no experience section. It does have: ${nearby.map((t) => `“${t}”`).join(', ')}.`
          : `${profile.name}'s profile lists no experience section.`,
      blocks: alsoSays(earlier),
      footer: sourceFooter(profile),
      suggestions: [...nearby.slice(0, 3).map((t) => `/section ${who} ${t}`), `/profile ${who}`],
    };
  }
  // "where did X work before Y": the profile's own sentences about earlier work, when it has some.
  const listed = entries.map((e) => e.text);
  const earlier = [
    ...pastWorkLines(profile, context.invocation.text, listed),
    ...freelanceLines(profile, context.invocation.text, listed),
  ];
  return {
    ...base,
    description: `${entries.length} entr${entries.length === 1 ? 'y' : 'ies'} from ${profile.name}'s profile.`,
    blocks: [...experienceBlocks(profile), ...alsoSays(earlier)],
    footer: sourceFooter(profile, firstSectionOfKind(profile, 'experience')),
    suggestions: [`/skills ${who}`, `/profile ${who}`],
  };
};

function alsoSays(earlier: readonly string[]): ReplyBlock[] {
  return earlier.length > 0 ? [{ type: 'list', heading: 'The profile also says', items: [...earlier] }] : [];
}

/** Titled entries become fields (title · organization · period → highlights); bare lines a list. */
function experienceBlocks(profile: Profile): ReplyBlock[] {
  const titled = profile.experience.filter((e) => e.title || e.organization);
  const bare = profile.experience.filter((e) => !e.title && !e.organization);
  const blocks: ReplyBlock[] = [];
  if (titled.length > 0) {
    blocks.push({
      type: 'fields',
      fields: titled.map((e) => ({
        name: [e.title, e.organization, e.period].filter(Boolean).join(' · '),
        value: e.highlights.length > 0 ? e.highlights.map((h) => `• ${h}`).join('\n') : e.text,
      })),
    });
  }
  if (bare.length > 0) {
    blocks.push({ type: 'list', items: bare.flatMap((e) => [e.text, ...e.highlights.map((h) => `  ${h}`)]) });
  }
  return blocks;
}

/** Top-level sections worth reading instead, projects and strengths first. */
function relatedSections(profile: Profile): string[] {
  const order = ['projects', 'focus', 'about', 'other', 'values', 'skills', 'certifications', 'education'];
  return mainSections(profile)
    .filter((s) => order.includes(s.kind))
    .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))
    .map((s) => s.title);
}
