// whoknows for several skills ("postgres and django"): who lists all of them, then who lists some,
// said so; and the hint shown when nobody lists or mentions a skill.

import { isTitleList } from '../search/title-list.js';
import { foldText } from '../text/fold-text.js';
import type { HandlerContext } from './handlers/handler.js';
import type { Reply, ReplyBlock } from './reply.js';
import { orList, quoted, replyDefaults, shortName } from './reply-parts.js';

/** "A, B and C"; a last name of two words too ("Java and Spring Boot", said "Java or Spring Boot"). */
const andList = (items: readonly string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

export function severalSkillsReply(context: HandlerContext, terms: readonly string[], any = false): Reply {
  const { index } = context;
  const result = index.whoKnowsAll(terms, { limit: 25 });
  const names = [...new Set(result.canonicals)];
  if (any) return anyOfReply(context, result.matches, orList(names));
  const asked = andList(names);
  const all = result.matches.filter((m) => m.all);
  const some = result.matches.filter((m) => !m.all);
  const blocks: ReplyBlock[] = [];
  if (all.length > 0)
    blocks.push({
      type: 'fields',
      fields: all.map((m) => ({
        name: `${m.profile.name} — ${m.skills.map((s) => s.name).join(', ')}`,
        value: [...new Set(m.skills.map((s) => s.evidence || s.name))].join('\n'),
      })),
    });
  if (some.length > 0)
    blocks.push({
      type: 'list',
      heading: all.length > 0 ? 'List some of them' : 'No one lists all of them; these list some',
      items: some.map((m) => `${m.profile.name} — ${m.skills.map((s) => s.name).join(', ')}`),
    });
  const description =
    all.length > 0
      ? `${all.length} ${all.length === 1 ? 'person lists' : 'people list'} all of ${asked}${some.length > 0 ? `; ${some.length} more list some of them` : ''}.`
      : some.length > 0
        ? `No one lists all of ${asked}; ${some.length} ${some.length === 1 ? 'person lists' : 'people list'} some of them.`
        : `No one lists ${asked} as skills.`;
  return {
    ...replyDefaults(),
    kind: 'whoknows',
    title: `Who knows ${asked}`,
    description,
    blocks,
    suggestions: result.matches.slice(0, 3).map((m) => `/profile ${shortName(index, m.profile)}`),
    data: {
      skill: asked,
      matches: result.matches.map((m) => ({
        personId: m.profile.id,
        name: m.profile.name,
        skill: m.skills.map((s) => s.name).join(', '),
        evidence: m.skills.map((s) => s.evidence).join('\n'),
        score: m.skills.length / names.length,
        match: m.all ? ('lists' as const) : ('some' as const),
      })),
    },
  };
}

/** "kotlin or swift": everyone who lists one of them, each with the ones they list. */
function anyOfReply(
  { index }: HandlerContext,
  matches: ReturnType<HandlerContext['index']['whoKnowsAll']>['matches'],
  asked: string,
): Reply {
  return {
    ...replyDefaults(),
    kind: 'whoknows',
    title: `Who knows ${asked}`,
    description:
      matches.length > 0
        ? `${matches.length} ${matches.length === 1 ? 'person lists' : 'people list'} ${asked}.`
        : `No one lists ${asked} as a skill.`,
    blocks:
      matches.length > 0
        ? [
            {
              type: 'fields',
              fields: matches.map((m) => ({
                name: `${m.profile.name} — ${m.skills.map((s) => s.name).join(', ')}`,
                value: [...new Set(m.skills.map((s) => s.evidence || s.name))].join('\n'),
              })),
            },
          ]
        : [],
    suggestions: matches.slice(0, 3).map((m) => `/profile ${shortName(index, m.profile)}`),
    data: {
      skill: asked,
      matches: matches.map((m) => ({
        personId: m.profile.id,
        name: m.profile.name,
        skill: m.skills.map((s) => s.name).join(', '),
        evidence: m.skills.map((s) => s.evidence).join('\n'),
        score: 1,
        match: 'lists' as const,
      })),
    },
  };
}

/** When nobody lists or mentions a skill, where the words still appear (a hint, not a claim of skill). */
export function nobodyMentions(context: HandlerContext, skill: string): ReplyBlock[] {
  const words = foldText(skill)
    .split(/\s+/)
    .filter((w) => w.length >= 2);
  // No word to find ("C"): no hit could hold it, so the search (~half of "who knows c" at 10k) is not run.
  if (words.length === 0) return [];
  // Only hits that really contain the words: a fuzzy near-miss is no evidence of anything.
  const hits = context.index
    .search(skill, { limit: 5 })
    .filter((h) => !isTitleList(h.section))
    .filter((h) => words.every((w) => ` ${foldText(`${h.section.title} ${h.snippet}`)} `.includes(` ${w} `)));
  if (hits.length === 0) return [];
  return [
    {
      type: 'list',
      heading: `Mentions of ${quoted(skill)}`,
      items: hits.map((h) => `${h.profile.name} › ${h.section.title || 'Introduction'}: ${h.snippet}`),
    },
  ];
}
