// askedWordsSearch: what one person's profile says sharing the asked words (and their families), with the
// links among them ("where can I see X's resume"); null when nothing of theirs shares a word as asked.
import type { Profile } from '../profiles/model/profile.js';
import { foldAsked, withFamilies } from './asked-word-families.js';
import type { HandlerContext } from './handlers/handler.js';
import type { Reply, ReplyBlock } from './reply.js';
import { personRef, quoted, replyDefaults, shortName, sourceFooter } from './reply-parts.js';

const LIMIT = 3;
const MAX_LINKS = 5;

const wordsOf = (text: string, split: RegExp): string[] => foldAsked(text).split(split);

export function askedWordsSearch(context: HandlerContext, profile: Profile, asked: string): Reply | null {
  const query = withFamilies(asked);
  const words = new Set(query.split(' '));
  // A hit only by a near spelling of a family word ("Missions" for "msc") is no answer: one word said as asked.
  const hits = context.index
    .search(query, { personId: profile.id, limit: LIMIT, anyWord: true })
    .filter((h) => wordsOf(h.snippet, /[^\p{L}\p{N}.-]+/u).some((w) => words.has(w)));
  if (hits.length === 0) return null;
  // "where can I see X's resume": the link itself, not only its label.
  const links = hits
    .flatMap((h) => h.section.links)
    .filter((l) => wordsOf(`${l.text} ${l.url}`, /[^\p{L}\p{N}]+/u).some((w) => words.has(w)))
    .map((l) => `${l.text.trim() || l.url}: ${l.url}`);
  const blocks: ReplyBlock[] = [
    { type: 'list', items: hits.map((h) => `${h.section.title || 'Introduction'}: ${h.snippet}`) },
  ];
  if (links.length > 0)
    blocks.push({ type: 'list', heading: 'Links', items: [...new Set(links)].slice(0, MAX_LINKS) });
  return {
    ...replyDefaults(),
    kind: 'search',
    person: personRef(profile),
    title: `${profile.name} — ${quoted(asked)}`,
    description: `${profile.name}'s profile has no section like ${quoted(asked)}; the part${hits.length === 1 ? '' : 's'} of it sharing its words, best first.`,
    blocks,
    footer: sourceFooter(profile, hits.length === 1 ? hits[0]!.section.title : null),
    suggestions: [`/profile ${shortName(context.index, profile)}`],
    data: {
      query,
      hits: hits.map((h) => ({
        personId: profile.id,
        sectionTitle: h.section.title,
        snippet: h.snippet,
        score: h.score,
      })),
    },
  };
}
