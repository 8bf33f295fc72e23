// "who knows shell" when no one lists Shell but someone lists Bash, "who knows databases": the people who
// list a member of the kind asked for, shown apart and never counted as its holders (a Bash user is
// shown as listing Bash, a shell).

import type { Profile } from '../profiles/model/profile.js';
import { canonicalSkillName, foldSkillKey, isKnownSkill } from '../profiles/vocabulary/skill-aliases.js';
import { familyMembers, familyNamed, type SkillFamily } from '../profiles/vocabulary/skill-families.js';
import { EVIDENCE_SCORE } from '../search/search-keys.js';
import type { HandlerContext } from './handlers/handler.js';
import type { Reply } from './reply.js';
import { shortName } from './reply-parts.js';

type WhoKnowsReply = Extract<Reply, { kind: 'whoknows' }>;

interface Holder {
  profile: Profile;
  skills: string[];
  evidence: string;
  score: number;
}

/** The reply with those who list a member of the family the skill names, when it names one. */
export function withFamilyHolders(
  context: HandlerContext,
  reply: WhoKnowsReply,
  limit: number,
): WhoKnowsReply {
  const family = familyNamed(reply.data.skill);
  // Everyone lists some programming language: that kind is for one person's skills, not a who-knows.
  if (!family || family.languages) return reply;
  const shown = new Set(reply.data.matches.filter((m) => m.match === 'lists').map((m) => m.personId));
  // "who knows sql" answered by those who list SQL stays theirs: its kind is the fallback, not a rival.
  // "who knows databases" (no technology by that name) is always answered by kind.
  const byKind = !isKnownSkill(reply.data.skill);
  if (shown.size > 0 && !byKind) return reply;
  const holders = familyHolders(context, family, reply.data.skill, shown, limit - shown.size);
  if (holders.length === 0) return reply;
  const kinds =
    holders.length === 1 ? `1 person lists ${family.one}` : `${holders.length} people list ${family.one}`;
  const nobody = reply.data.matches.length === 0;
  return {
    ...reply,
    title: byKind ? `Who knows ${family.name.toLowerCase()}` : reply.title,
    description: nobody
      ? `${byKind ? '' : `No one lists ${reply.data.skill} by that name; `}${kinds}.`
      : `${reply.description} ${holders.length === 1 ? '1 more person lists' : `${holders.length} more list`} ${family.one}.`,
    // "No one mentions it" blocks make way for the people who list one of its kind.
    blocks: [
      ...(nobody ? [] : reply.blocks),
      {
        type: 'list',
        heading: byKind ? `List ${family.one}` : `List ${family.one}, not ${reply.data.skill} by name`,
        items: holders.map((h) => `${h.profile.name} › ${h.skills.join(', ')}`),
      },
    ],
    // Three suggestions at most: only the names shown are worked out (each is a name lookup).
    suggestions: [
      ...reply.suggestions,
      ...holders
        .slice(0, Math.max(0, 3 - reply.suggestions.length))
        .map((h) => `/profile ${shortName(context.index, h.profile)}`),
    ].slice(0, 3),
    data: {
      ...reply.data,
      matches: [
        ...reply.data.matches,
        ...holders.map((h) => ({
          personId: h.profile.id,
          name: h.profile.name,
          skill: h.skills[0]!,
          evidence: h.evidence,
          score: h.score,
          match: 'family' as const,
        })),
      ],
    },
  };
}

/** People who list members of the family (other than the asked skill itself), members in table order. */
function familyHolders(
  { index }: HandlerContext,
  family: SkillFamily,
  asked: string,
  shown: ReadonlySet<string>,
  room: number,
): Holder[] {
  const askedKey = foldSkillKey(canonicalSkillName(asked));
  const byPerson = new Map<string, Holder>();
  for (const member of familyMembers(family)) {
    const key = foldSkillKey(member);
    if (key === askedKey) continue;
    for (const m of index.whoKnows(member, { limit: 50 }).matches) {
      if (!m.profile.listed || m.score <= EVIDENCE_SCORE.prose || shown.has(m.profile.id)) continue;
      // A corrected spelling of another technology is not this member.
      if (foldSkillKey(canonicalSkillName(m.skill.name)) !== key) continue;
      const held = byPerson.get(m.profile.id);
      if (held) {
        if (!held.skills.includes(m.skill.name)) held.skills.push(m.skill.name);
      } else
        byPerson.set(m.profile.id, {
          profile: m.profile,
          skills: [m.skill.name],
          evidence: m.skill.evidence,
          score: m.score,
        });
    }
  }
  return [...byPerson.values()]
    .sort((a, b) => b.skills.length - a.skills.length || b.score - a.score)
    .slice(0, Math.max(0, room));
}
