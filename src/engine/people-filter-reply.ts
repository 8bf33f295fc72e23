// `/people` narrowed to a group: who works or worked at an employer, who is based in a place, who is in
// a group by role or skills. Each person comes with the line that puts them there; nobody is said plainly.
import { isEmployerKind } from './employer-kind.js';
import { employerAsked } from './employer-names.js';
import { employerMatches, type Tense } from './employer-people.js';
import { groupMatches } from './group-people.js';
import type { HandlerContext } from './handlers/handler.js';
import type { PeopleGroup } from './people-group-table.js';
import { placeMatches } from './place-people.js';
import type { ReplyBlock, ReplyOf } from './reply.js';
import { quoted, replyDefaults, shortName } from './reply-parts.js';
import { schoolMatches } from './school-people.js';
import { factLine } from './topic-line.js';

export type PeopleReply = ReplyOf<'people'>;
type Listed = NonNullable<PeopleReply['data']['people']>[number];

/** People named in one answer at most; the renderers page a long list. */
const MAX_PEOPLE = 100;

const count = (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`;

/** "any ex-googlers?", "former Amazon people", "ex-AWS folks": only who is not there now counts. */
const ASKS_PAST = /(?:^|[^\p{L}])(?:ex|former|previous)[- ]\p{L}/iu;

export function employerReply(context: HandlerContext, typed: string): PeopleReply {
  // "any ex-googlers?": Google.
  const employer = employerAsked(typed);
  const found = employerMatches(context.index, employer);
  const pastOnly = ASKS_PAST.test(context.invocation.text ?? '');
  // Someone there now is no ex-employee; a job without dates may be either, and is kept with its line.
  const all = pastOnly ? found.filter((m) => m.tense !== 'now') : found;
  const matches = all.slice(0, MAX_PEOPLE);
  // "worked at a bank": a kind of employer, not one named.
  const name = isEmployerKind(employer)
    ? `a ${employer.trim()}`
    : spelled(
        matches.map((m) => m.line),
        employer,
      );
  const heading: Record<Tense, string> = {
    now: `Work at ${name} now`,
    before: `Worked at ${name} before`,
    unknown: `Name ${name} in their experience (no dates)`,
  };
  const blocks = (['now', 'before', 'unknown'] as const).flatMap((tense): ReplyBlock[] => {
    const items = matches.filter((m) => m.tense === tense).map((m) => `${m.profile.name} — ${m.line}`);
    return items.length > 0 ? [{ type: 'list', heading: heading[tense], items }] : [];
  });
  const now = all.filter((m) => m.tense === 'now').length;
  const before = all.filter((m) => m.tense === 'before').length;
  return filtered(context, {
    title: `Who works or worked at ${name}`,
    description:
      all.length === 0 && found.length > 0
        ? `No one's profile says they left ${spelled([], employer)}: ${count(found.length)} ${found.length === 1 ? 'names' : 'name'} it without saying they left.`
        : all.length === 0
          ? `No one's profile names ${quoted(employer)} as an employer.`
          : `${count(all.length)} ${all.length === 1 ? 'names' : 'name'} ${name} as an employer: ${now} now, ${before} before${all.length - now - before > 0 ? `, ${all.length - now - before} without dates` : ''}.`,
    blocks,
    people: matches.map((m) => listed(m.profile, m.line, m.tense)),
    total: all.length,
  });
}

export function placeReply(context: HandlerContext, place: string): PeopleReply {
  const all = placeMatches(context.index, place);
  const matches = all.slice(0, MAX_PEOPLE);
  const name = spelled(
    matches.map((m) => m.line),
    place,
  );
  return filtered(context, {
    title: `Who is based in ${name}`,
    description:
      matches.length === 0
        ? `No one's profile says they are in ${quoted(place)}.`
        : `${count(all.length)} say${all.length === 1 ? 's' : ''} they are in ${name}.`,
    blocks:
      matches.length > 0
        ? [{ type: 'list', items: matches.map((m) => `${m.profile.name} — ${m.line}`) }]
        : [],
    people: matches.map((m) => listed(m.profile, m.line, 'place')),
    total: all.length,
  });
}

export function schoolReply(context: HandlerContext, school: string): PeopleReply {
  const all = schoolMatches(context.index, school);
  const matches = all.slice(0, MAX_PEOPLE);
  const name = spelled(
    matches.map((m) => m.line),
    school,
  );
  return filtered(context, {
    title: `Who studies or studied at ${name}`,
    description:
      matches.length === 0
        ? `No one's profile names ${quoted(school)} among their studies.`
        : `${count(all.length)} name${all.length === 1 ? 's' : ''} ${name} among their studies.`,
    blocks:
      matches.length > 0
        ? [{ type: 'list', items: matches.map((m) => `${m.profile.name} — ${m.line}`) }]
        : [],
    people: matches.map((m) => listed(m.profile, m.line, 'school')),
    total: all.length,
  });
}

/** "where is everyone based": each listed person's location line; those whose profile says none, after. */
export function rosterReply(context: HandlerContext): PeopleReply {
  const everyone = context.index.all().filter((p) => p.listed);
  const placed = everyone.slice(0, MAX_PEOPLE).flatMap((profile) => {
    const line = factLine(profile, 'location')?.section.text.split('\n')[0]?.trim();
    return line ? [{ profile, line }] : [];
  });
  const unplaced = everyone.filter((p) => !placed.some((m) => m.profile === p));
  const blocks: ReplyBlock[] = [];
  if (placed.length > 0)
    blocks.push({ type: 'list', items: placed.map((m) => `${m.profile.name} — ${m.line}`) });
  if (unplaced.length > 0)
    blocks.push({
      type: 'list',
      heading: "Their profile doesn't say where they are",
      items: unplaced.slice(0, MAX_PEOPLE).map((p) => p.name),
    });
  return filtered(context, {
    title: 'Where everyone is based',
    description: `${count(placed.length)} of ${everyone.length} say where they are.`,
    blocks,
    people: placed.map((m) => listed(m.profile, m.line, 'place')),
  });
}

export function groupReply(context: HandlerContext, group: PeopleGroup): PeopleReply {
  const all = groupMatches(context.index, group);
  const matches = all.slice(0, MAX_PEOPLE);
  const byRole = matches.filter((m) => m.by === 'role');
  const bySaying = matches.filter((m) => m.by === 'says');
  const bySkills = matches.filter((m) => m.by === 'skills');
  const roleCount = all.filter((m) => m.by !== 'skills').length;
  const blocks: ReplyBlock[] = [];
  if (byRole.length > 0)
    blocks.push({
      type: 'list',
      heading: 'Their headline or current title says so',
      items: byRole.map((m) => `${m.profile.name} — ${m.why}`),
    });
  if (bySaying.length > 0)
    blocks.push({
      type: 'list',
      heading: 'A line of their profile says so',
      items: bySaying.map((m) => `${m.profile.name} — ${m.why}`),
    });
  if (bySkills.length > 0)
    blocks.push({
      type: 'list',
      heading: `List ${group.field} skills (their title doesn't say ${group.field})`,
      items: bySkills.map((m) => `${m.profile.name} — lists ${m.why}`),
    });
  const skillsNote = group.skills.length > 0 ? `, ${all.length - roleCount} by the skills they list` : '';
  return filtered(context, {
    title: group.label,
    description:
      matches.length === 0
        ? `No one's headline or title ${group.says ? 'or profile ' : ''}says ${group.field}${group.skills.length > 0 ? `, and no one lists ${group.skills.slice(0, 4).join(', ')}` : ''}.`
        : `${count(all.length)}: ${roleCount} by their headline or title${group.says ? ' or a line of theirs' : ''}${skillsNote}${all.length > matches.length ? ` (the first ${matches.length} shown)` : ''}.`,
    blocks,
    people: matches.map((m) => listed(m.profile, m.why, m.by)),
    total: all.length,
  });
}

export function listed(profile: { id: string; name: string }, why: string, match: Listed['match']): Listed {
  return { personId: profile.id, name: profile.name, why, match };
}

export function filtered(
  context: HandlerContext,
  parts: Pick<PeopleReply, 'title' | 'description' | 'blocks'> & { people: Listed[]; total?: number },
): PeopleReply {
  const shown = parts.people.slice(0, 3).flatMap((p) => {
    const profile = context.index.get(p.personId);
    return profile ? [`/profile ${shortName(context.index, profile)}`] : [];
  });
  return {
    ...replyDefaults(),
    kind: 'people',
    title: parts.title,
    description: parts.description,
    blocks: parts.blocks,
    suggestions: shown.length > 0 ? shown : ['/people'],
    data: { count: parts.total ?? parts.people.length, people: parts.people },
  };
}

/** The name as the profile spells it ("Google" for "google"), else as typed. */
function spelled(lines: readonly string[], typed: string): string {
  const lower = typed.trim().toLowerCase();
  for (const line of lines) {
    const at = line.toLowerCase().indexOf(lower);
    if (at >= 0) return line.slice(at, at + lower.length);
  }
  return typed.trim();
}
