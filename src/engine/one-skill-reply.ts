// The answer for one skill: who lists it (with the line that shows it), then who only mentions it
// in prose, labelled; and the data shapes the several-skill and one-person answers share.
import { EVIDENCE_SCORE } from '../search/search-keys.js';
import type { SkillMatch, WhoKnowsResult } from '../search/search-types.js';
import type { HandlerContext } from './handlers/handler.js';
import type { Reply, ReplyBlock } from './reply.js';
import { replyDefaults, shortName } from './reply-parts.js';
import { mentionLines } from './skill-mentions.js';
import { nobodyMentions } from './whoknows-several.js';

export function oneSkillReply(
  context: HandlerContext,
  asked: string,
  result: WhoKnowsResult,
): Extract<Reply, { kind: 'whoknows' }> {
  const { index } = context;
  const { canonical } = result;
  const shown = result.matches.filter((m) => m.profile.listed);
  const listers = shown.filter((m) => m.score > EVIDENCE_SCORE.prose);
  // C++ and C# fold to "c": a prose mention must carry the name as written.
  const mentioners = shown.flatMap((m) => {
    if (m.score > EVIDENCE_SCORE.prose) return [];
    const [line] = mentionLines(m.profile, canonical, 1);
    return line ? [{ ...m, line }] : [];
  });
  const blocks: ReplyBlock[] = [];
  if (listers.length > 0) blocks.push(evidenceFields(listers));
  if (mentioners.length > 0)
    blocks.push({
      type: 'list',
      heading: `Mention ${canonical.slice(0, 80)} in their profile text (not listed as a skill)`,
      items: mentioners.map((m) => `${m.profile.name} › ${m.line}`),
    });
  if (blocks.length === 0) blocks.push(...nobodyMentions(context, asked));
  const count = listers.length;
  const more =
    mentioners.length > 0
      ? ` ${mentioners.length} ${mentioners.length === 1 ? 'person mentions' : 'people mention'} it in their profile text.`
      : '';
  return {
    ...replyDefaults(),
    kind: 'whoknows',
    title: `Who knows ${canonical}`,
    description:
      count > 0
        ? `${count} ${count === 1 ? 'person lists' : 'people list'} ${canonical}, best match first.${more}`
        : `No one lists ${canonical} as a skill.${more}`,
    blocks,
    suggestions: [...listers, ...mentioners]
      .slice(0, 3)
      .map((m) => `/profile ${shortName(index, m.profile)}`),
    data: {
      skill: canonical,
      matches: [...listers.map((m) => toData(m, 'lists')), ...mentioners.map((m) => toData(m, 'mentions'))],
    },
  };
}

export function evidenceFields(matches: readonly SkillMatch[]): ReplyBlock {
  return {
    type: 'fields',
    fields: matches.map((m) => ({
      name: `${m.profile.name} — ${m.skill.name}${m.skill.category ? ` (${m.skill.category})` : ''}`,
      value: m.skill.evidence || m.skill.name,
    })),
  };
}

export function toData(m: SkillMatch, match: 'lists' | 'mentions' | 'some') {
  return {
    personId: m.profile.id,
    name: m.profile.name,
    skill: m.skill.name,
    evidence: m.skill.evidence,
    score: m.score,
    match,
  };
}
