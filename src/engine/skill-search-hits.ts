// "/search microsoft fabric" when no profile's text says it but someone lists it (a badge, an icon row):
// an explicit search still answers as a search, its hits the people who list it (then those whose
// text names it by another spelling, "Go" for "golang"), never turned into a who-knows answer.
import { EVIDENCE_SCORE } from '../search/search-keys.js';
import type { HandlerContext } from './handlers/handler.js';
import type { Reply } from './reply.js';
import { quoted, replyDefaults, shortName } from './reply-parts.js';
import { mentionLines } from './skill-mentions.js';

const MAX_HITS = 10;

/** The search reply for skills no text matched; null when no one lists or names any of them. */
export function skillSearchHits(
  context: HandlerContext,
  query: string,
  skills: readonly string[],
): Reply | null {
  const { index } = context;
  const hits = skills.flatMap((skill) => {
    const { canonical, matches } = index.whoKnows(skill, { limit: MAX_HITS });
    return matches.flatMap((m) => {
      if (!m.profile.listed) return [];
      if (m.score > EVIDENCE_SCORE.prose)
        return [{ m, where: m.skill.category ?? 'Skills', text: m.skill.name, listed: true }];
      const [line] = mentionLines(m.profile, canonical, 1);
      const at = line?.indexOf(': ') ?? -1;
      return line && at > 0 ? [{ m, where: line.slice(0, at), text: line.slice(at + 2), listed: false }] : [];
    });
  });
  const shown = [...hits.filter((h) => h.listed), ...hits.filter((h) => !h.listed)].slice(0, MAX_HITS);
  if (shown.length === 0) return null;
  const people = [...new Set(shown.map((h) => h.m.profile))];
  const listers = new Set(shown.filter((h) => h.listed).map((h) => h.m.profile)).size;
  return {
    ...replyDefaults(),
    kind: 'search',
    person: null,
    title: `Search: ${quoted(query)}`,
    description:
      listers > 0
        ? `No profile's text says ${quoted(query)} as typed; ${listers === 1 ? '1 person lists' : `${listers} people list`} it as a skill.`
        : `No profile's text says ${quoted(query)} as typed; these lines name it.`,
    blocks: [{ type: 'list', items: shown.map((h) => `${h.m.profile.name} › ${h.where}: ${h.text}`) }],
    suggestions: [
      `/whoknows ${skills.join(' and ')}`,
      ...people.slice(0, 2).map((p) => `/profile ${shortName(index, p)}`),
    ],
    data: {
      query,
      hits: shown.map((h) => ({
        personId: h.m.profile.id,
        sectionTitle: h.where,
        snippet: h.text.slice(0, 200),
        score: h.m.score,
      })),
    },
  };
}
