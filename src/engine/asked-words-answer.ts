// askedWordsAnswer: a question about one person that finds no section of that name ("chris's current title",
// "edith's last job before the current one", "does X work for a company or freelance") answered from what
// the profile does say: the role card, the jobs it lists, else the parts of it sharing the asked words.
import { findCommand } from '../../commands/index.js';
import type { Profile } from '../profiles/model/profile.js';
import { foldLetters } from '../text/fold-text.js';
import { withFamilies } from './asked-word-families.js';
import { experience } from './handlers/experience.js';
import type { HandlerContext } from './handlers/handler.js';
import { profile as profileCard } from './handlers/profile.js';
import type { Reply, ReplyBlock } from './reply.js';
import { personRef, quoted, replyDefaults, shortName, sourceFooter } from './reply-parts.js';

const LIMIT = 3;
const MAX_LINKS = 5;

/** A job before the one held now ("first job", "last job before the current one", "previous role"). */
const PAST_JOB =
  /\b(?:first|previous|prior|former|earlier|past|before|last|primer|anterior|premier|précédent|ersten?|vorherige)\b|前職|이전|以前/u;
/** Words naming a job ("title", "position", "cargo", "poste", "직책", "肩書き", "职位"). */
const JOB_WORD =
  /\b(?:title|position|role|job|occupation|designation|puesto|cargo|poste|métier|stelle|beruf|jobtitel)\b|직책|직무|직업|肩書|職業|职位|职务/u;

const fold = (text: string): string => foldLetters(text).trim();

/** The same question answered by another command about this person. */
function asCommand(
  context: HandlerContext,
  profile: Profile,
  name: 'experience' | 'profile',
  args = {},
): Reply {
  const command = findCommand(name)!;
  const person = shortName(context.index, profile);
  const invocation = { ...context.invocation, command: name, args: { person, ...args } };
  return (name === 'experience' ? experience : profileCard)({ ...context, invocation, command });
}

/** The answer, or null when the profile says nothing sharing the asked words. */
export function askedWordsAnswer(context: HandlerContext, profile: Profile, asked: string): Reply | null {
  const folded = fold(asked);
  // "first job", "previous job — dates": the jobs as listed, never the current one given as the answer.
  if (PAST_JOB.test(folded) && JOB_WORD.test(folded) && profile.experience.length > 1)
    return asCommand(context, profile, 'experience');
  // "current title", "position", "cargo": what they do now.
  if (JOB_WORD.test(folded) && !PAST_JOB.test(folded))
    return asCommand(context, profile, 'profile', { section: 'role' });
  const query = withFamilies(asked);
  const words = new Set(query.split(' '));
  // A hit only by a near spelling of a family word ("Missions" for "msc") is no answer: one word said as asked.
  const hits = context.index
    .search(query, { personId: profile.id, limit: LIMIT, anyWord: true })
    .filter((h) =>
      fold(h.snippet)
        .split(/[^\p{L}\p{N}.-]+/u)
        .some((w) => words.has(w)),
    );
  if (hits.length === 0) return null;
  // "where can I see X's resume": the link itself, not only its label.
  const links = hits
    .flatMap((h) => h.section.links)
    .filter((l) =>
      fold(`${l.text} ${l.url}`)
        .split(/[^\p{L}\p{N}]+/u)
        .some((w) => words.has(w)),
    )
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
