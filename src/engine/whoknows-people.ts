// whoknows about several named people at once ("does diego or jonas know kafka", "who knows more go,
// diego or tom"): the yes / no answer of each, side by side. Profiles don't measure "more", so the
// answer shows each one's evidence rather than ranking them.
import type { Profile } from '../profiles/model/profile.js';
import type { HandlerContext } from './handlers/handler.js';
import { toData } from './one-skill-reply.js';
import type { Reply, ReplyBlock } from './reply.js';
import { orList, replyDefaults, shortName } from './reply-parts.js';
import { resolveTarget } from './resolve-target.js';
import { andList, askedCanonicals, forOnePerson, personSkillAnswer } from './whoknows-person.js';

/** Words that join names into a group: "diego or jonas", "diego vs jonas", "diego, jonas and tom". */
const JOINS = new Set([
  ',',
  'or',
  'and',
  'vs',
  'vs.',
  'v',
  'versus',
  '&',
  '/',
  'oder',
  'und',
  'o',
  'y',
  'ou',
  'e',
  'et',
]);
const MAX_PEOPLE = 5;
/** Joining words that mean both ("diego and jonas"): the title asks about both. */
const BOTH = new Set(['and', '&', 'und', 'y', 'e', 'et']);

/** The answer for the person or people named in the invocation. */
export function forNamedPeople(context: HandlerContext, skill: string, terms: readonly string[]): Reply {
  const asked = context.invocation.args.person?.trim() ?? '';
  const parts = nameParts(asked);
  // One name, or a name that itself holds a joining word ("Smith & Jones"): the one-person answer.
  if (parts.length < 2 || context.index.resolvePerson(asked).status === 'found')
    return forOnePerson(context, skill, terms);
  const people: Profile[] = [];
  for (const part of parts) {
    const target = resolveTarget({
      ...context,
      invocation: { ...context.invocation, args: { ...context.invocation.args, person: part } },
    });
    if (!target.ok) return target.reply;
    if (!people.some((p) => p.id === target.profile.id)) people.push(target.profile);
  }
  if (people.length === 1) return forOnePerson(context, skill, terms);
  return forSeveralPeople(context, skill, terms, people);
}

/** "diego or jonas" → ["diego", "jonas"]; at most MAX_PEOPLE parts (more: the text as one). */
export function nameParts(text: string): string[] {
  const parts: string[][] = [[]];
  for (const word of text.replace(/,/g, ' , ').split(' ')) {
    if (!word) continue;
    if (JOINS.has(word)) parts.push([]);
    else parts.at(-1)!.push(word);
  }
  // "ana's and bo's skills": each name without its possessive.
  const names = parts.filter((p) => p.length > 0).map((p) => p.join(' ').replace(/'s$|'$/, ''));
  return names.length > MAX_PEOPLE ? [text] : names;
}

function nameJoins(text: string): string[] {
  return text.split(' ').filter((w) => JOINS.has(w));
}

function forSeveralPeople(
  context: HandlerContext,
  skill: string,
  terms: readonly string[],
  people: readonly Profile[],
): Reply {
  const asked = askedCanonicals(context, skill, terms);
  const what = andList(asked);
  const answers = people.map((profile) => ({ profile, ...personSkillAnswer(profile, asked) }));
  const blocks: ReplyBlock[] = answers.flatMap((a) => [
    { type: 'text' as const, heading: a.profile.name, text: a.description },
    ...a.blocks,
  ]);
  const yes = answers.filter((a) => a.listsAll).map((a) => a.profile.name);
  // "Shadow only mentions it": a profile whose text names the skill is not a plain no.
  const only = answers.filter((a) => !a.listsAll && a.mentions).map((a) => a.profile.name);
  const no = answers.filter((a) => !a.listsAll && !a.mentions).map((a) => a.profile.name);
  const both = nameJoins(context.invocation.args.person ?? '').some((w) => BOTH.has(w));
  const lead =
    yes.length === answers.length
      ? `${answers.length === 2 ? 'Both' : `All ${answers.length}`} list ${what}`
      : yes.length === 0
        ? `${answers.length === 2 ? 'Neither' : 'None of them'} lists ${what}`
        : `${andList(yes)} ${yes.length === 1 ? 'lists' : 'list'} ${what}`;
  const parts = [
    lead,
    ...(only.length > 0
      ? [`${andList(only)} only ${only.length === 1 ? 'mentions' : 'mention'} it in the profile text`]
      : []),
    ...(yes.length > 0 && no.length > 0 ? [`${andList(no)} ${no.length === 1 ? "doesn't" : "don't"}`] : []),
  ];
  const description = `${parts.join('; ')}.`;
  return {
    ...replyDefaults(),
    kind: 'whoknows',
    title: both
      ? `Do ${andList(people.map((p) => p.name))} know ${what}?`
      : `Does ${orList(people.map((p) => p.name))} know ${what}?`,
    description,
    blocks,
    suggestions: [
      `/whoknows ${skill}`,
      ...people.slice(0, 2).map((p) => `/skills ${shortName(context.index, p)}`),
    ],
    data: {
      skill: what,
      matches: answers.flatMap((a) =>
        a.found.map((s) => toData({ profile: a.profile, skill: s, score: 1 }, a.listsAll ? 'lists' : 'some')),
      ),
    },
  };
}
