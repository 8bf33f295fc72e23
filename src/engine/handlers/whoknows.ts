// `whoknows`: listed people ranked for a skill, each with the profile line that shows it. With a
// person (free text "what does rajdeep know about terraform?") it answers for that one person.
import type { Profile } from '../../profiles/profile.js';
import type { SkillMatch } from '../../search/search-types.js';
import type { Reply, ReplyBlock } from '../reply.js';
import {
  missingArgument,
  personRef,
  quoted,
  replyDefaults,
  shortName,
  sourceFooter,
} from '../reply-parts.js';
import { resolveTarget } from '../resolve-target.js';
import type { Handler, HandlerContext } from './handler.js';

/** At most this many people (Discord's field cap; the renderer pages the rest of the answer). */
export const WHOKNOWS_LIMIT = 25;

export const whoknows: Handler = (context) => {
  const { index, invocation, command } = context;
  const skill = invocation.args.skill?.trim() ?? '';
  if (!skill) {
    return missingArgument(command, 'which skill?', 'Name a skill', 'missing skill');
  }
  if (invocation.args.person?.trim()) return forOnePerson(context, skill);
  const result = index.whoKnows(skill, { limit: WHOKNOWS_LIMIT });
  const matches = result.matches.filter((m) => m.profile.listed);
  const blocks: ReplyBlock[] =
    matches.length > 0 ? [evidenceFields(matches)] : mentions(context, skill, null);
  return {
    ...replyDefaults(),
    kind: 'whoknows',
    title: `Who knows ${result.canonical}`,
    description:
      matches.length > 0
        ? `${matches.length} ${matches.length === 1 ? 'person lists' : 'people list'} ${result.canonical}, best match first.`
        : `No one lists ${result.canonical} as a skill.`,
    blocks,
    suggestions: matches.slice(0, 3).map((m) => `/profile ${shortName(index, m.profile)}`),
    data: { skill: result.canonical, matches: matches.map(toData) },
  };
};

function forOnePerson(context: HandlerContext, skill: string): Reply {
  const target = resolveTarget(context);
  if (!target.ok) return target.reply;
  const { profile } = target;
  const { index } = context;
  const who = shortName(index, profile);
  const result = index.whoKnows(skill, { limit: Math.max(index.size, 1) });
  const match = result.matches.find((m) => m.profile.id === profile.id);
  const blocks = match ? [evidenceFields([match])] : mentions(context, skill, profile);
  const mentioned = blocks.length > 0;
  return {
    ...replyDefaults(),
    kind: 'whoknows',
    person: personRef(profile),
    title: `Does ${profile.name} know ${result.canonical}?`,
    description: match
      ? `Yes: ${profile.name} lists ${match.skill.name}${match.skill.category ? ` under ${match.skill.category}` : ''}.`
      : mentioned
        ? `${profile.name} doesn't list ${result.canonical} as a skill, but the profile mentions it:`
        : `No: ${profile.name}'s profile doesn't mention ${result.canonical}.`,
    blocks,
    footer: sourceFooter(profile),
    suggestions: [`/whoknows ${skill}`, `/skills ${who}`],
    data: { skill: result.canonical, matches: match ? [toData(match)] : [] },
  };
}

function evidenceFields(matches: SkillMatch[]): ReplyBlock {
  return {
    type: 'fields',
    fields: matches.map((m) => ({
      name: `${m.profile.name} — ${m.skill.name}${m.skill.category ? ` (${m.skill.category})` : ''}`,
      value: m.skill.evidence || m.skill.name,
    })),
  };
}

/** When nobody lists the skill, where the words still appear (a hint, not a claim of skill). */
function mentions(context: HandlerContext, skill: string, person: Profile | null): ReplyBlock[] {
  const words = fold(skill)
    .split(/\s+/)
    .filter((w) => w.length >= 2);
  // Only hits that really contain the words: a fuzzy near-miss is no evidence of anything.
  const hits = context.index
    .search(skill, { limit: 5, ...(person ? { personId: person.id } : {}) })
    .filter((h) => words.some((w) => fold(`${h.section.title} ${h.snippet}`).includes(w)));
  if (hits.length === 0) return [];
  return [
    {
      type: 'list',
      heading: `Mentions of ${quoted(skill)}`,
      items: hits.map((h) => `${h.profile.name} › ${h.section.title || 'Introduction'}: ${h.snippet}`),
    },
  ];
}

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

function toData(m: SkillMatch) {
  return {
    personId: m.profile.id,
    name: m.profile.name,
    skill: m.skill.name,
    evidence: m.skill.evidence,
    score: m.score,
  };
}
