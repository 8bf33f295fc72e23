// "who knows go but not rust": the holders of one skill, leaving out those who list another, said so.
import { EVIDENCE_SCORE } from '../search/search-keys.js';
import type { HandlerContext } from './handlers/handler.js';
import { oneSkillReply } from './one-skill-reply.js';
import type { Reply } from './reply.js';
import { splitSkillList } from './skill-terms.js';

/** Words that leave a skill's holders out; found with indexOf, so no pattern backtracks. */
const EXCEPT = [
  ...[' but not ', ' and not ', ' but no ', ' except ', ' excluding ', ' other than ', ' without '],
  // The same in the languages questions are asked in: "chi conosce go ma non rust" was read as "go and rust".
  ...[' ma non ', ' mas não ', ' mas nao ', ' mais pas ', ' aber nicht ', ' pero no ', ' pero sin '],
  ...[' tranne ', ' eccetto ', ' exceto ', ' excepto ', ' sauf ', ' außer ', ' ausser '],
];

/** Where the first word that leaves something out starts in `text`; -1 when none does. */
export function exceptWordAt(text: string): number {
  const lower = text.toLowerCase();
  const found = EXCEPT.map((word) => lower.indexOf(word)).filter((at) => at > 0);
  return found.length > 0 ? Math.min(...found) : -1;
}

/** "go but not rust" → { wanted: "go", left: "rust" }; null without such words or with several skills on a side. */
export function exceptPhrase(phrase: string): { wanted: string; left: string } | null {
  const lower = phrase.toLowerCase();
  for (const word of EXCEPT) {
    const at = lower.indexOf(word);
    if (at <= 0) continue;
    const wanted = phrase.slice(0, at).trim();
    const left = phrase
      .slice(at + word.length)
      .replace(/^(?:those|people|anyone|someone) (?:who|that) (?:knows?|lists?|uses?|do|does) /i, '')
      .trim();
    if (!wanted || !left || splitSkillList(wanted).length > 1 || splitSkillList(left).length > 1) return null;
    return { wanted, left };
  }
  return null;
}

/** Holders of `wanted` who do not list `left`; those left out are named, so nobody vanishes unexplained. */
export function exceptReply(context: HandlerContext, wanted: string, left: string, limit: number): Reply {
  const { index } = context;
  const result = index.whoKnows(wanted, { limit: limit * 2 });
  const leftOut = index.whoKnows(left, { limit: 200 });
  const listers = leftOut.matches.filter((m) => m.score > EVIDENCE_SCORE.prose);
  // "python except priya": a person left out, when no one lists the word as a skill.
  const people = listers.length === 0 ? namedPeople(context, left) : [];
  if (people.length > 0) return withoutPeople(context, wanted, people, limit);
  // No one lists the wanted skill at all: that is the answer, whatever is left out.
  if (!result.matches.some((m) => m.score > EVIDENCE_SCORE.prose))
    return oneSkillReply(context, wanted, result);
  const listsLeft = new Set(listers.map((m) => m.profile.id));
  const kept = result.matches.filter((m) => !listsLeft.has(m.profile.id)).slice(0, limit);
  const dropped = result.matches.filter((m) => listsLeft.has(m.profile.id) && m.score > EVIDENCE_SCORE.prose);
  const reply = oneSkillReply(context, wanted, { ...result, matches: kept });
  const other = leftOut.canonical;
  const shown = reply.data.matches.filter((m) => m.match === 'lists').length;
  const title = `Who knows ${result.canonical} but not ${other}`;
  const description =
    shown > 0
      ? `${shown} ${shown === 1 ? 'person lists' : 'people list'} ${result.canonical} and not ${other}.`
      : `No one lists ${result.canonical} without also listing ${other}.`;
  // With no one kept, the one-skill answer's "mentions of" hint would show the left-out holders again.
  const own = kept.length > 0 ? reply.blocks : [];
  const blocks =
    dropped.length > 0
      ? [
          ...own,
          {
            type: 'list' as const,
            heading: `Left out: they list ${other} too`,
            items: dropped.map((m) => m.profile.name),
          },
        ]
      : own;
  return { ...reply, title, description, blocks, data: { ...reply.data, skill: title.slice(10) } };
}

/** Everyone the words name (both, when a first name is shared). */
function namedPeople({ index }: HandlerContext, words: string): { id: string; name: string }[] {
  const found = index.resolvePerson(words);
  if (found.status === 'found') return [found.value];
  return found.status === 'ambiguous' ? found.candidates : [];
}

function withoutPeople(
  context: HandlerContext,
  wanted: string,
  people: readonly { id: string; name: string }[],
  limit: number,
): Reply {
  const ids = new Set(people.map((p) => p.id));
  const result = context.index.whoKnows(wanted, { limit: limit + ids.size });
  const kept = result.matches.filter((m) => !ids.has(m.profile.id)).slice(0, limit);
  const reply = oneSkillReply(context, wanted, { ...result, matches: kept });
  const names = people.map((p) => p.name).join(', ');
  return { ...reply, title: `${reply.title}, not ${names}`.slice(0, 200) };
}
