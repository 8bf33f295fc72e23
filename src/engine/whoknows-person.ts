// whoknows about one person ("does rajdeep know terraform?"): yes when the profile lists the skill,
// "mentions it" when only its prose does, no otherwise. Reads that one profile, never everyone.
import { isLearning } from '../profiles/extract/skill-learning.js';
import type { Profile } from '../profiles/model/profile.js';
import { canonicalSkillName, foldSkillKey } from '../profiles/vocabulary/skill-aliases.js';
import type { HandlerContext } from './handlers/handler.js';
import { evidenceFields, toData } from './one-skill-reply.js';
import type { Reply, ReplyBlock } from './reply.js';
import { personRef, replyDefaults, shortName, sourceFooter } from './reply-parts.js';
import { resolveTarget } from './resolve-target.js';
import { mentionLines } from './skill-mentions.js';

/** "A, B and C" (names of several words too: "Go and Spring Boot"). */
export const andList = (items: readonly string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

export function forOnePerson(context: HandlerContext, skill: string, terms: readonly string[]): Reply {
  const target = resolveTarget(context);
  if (!target.ok) return target.reply;
  const { profile } = target;
  const { index } = context;
  const who = shortName(index, profile);
  const asked = askedCanonicals(context, skill, terms);
  const { blocks, description, found } = personSkillAnswer(profile, asked);
  return {
    ...replyDefaults(),
    kind: 'whoknows',
    person: personRef(profile),
    title: `Does ${profile.name} know ${andList(asked)}?`,
    description,
    blocks,
    footer: sourceFooter(profile),
    suggestions: [`/whoknows ${skill}`, `/skills ${who}`],
    data: {
      skill: andList(asked),
      matches: found.map((s) => toData({ profile, skill: s, score: 1 }, 'lists')),
    },
  };
}

/** The canonical names of the skills asked ("k8s" → Kubernetes), one or several. */
export function askedCanonicals(context: HandlerContext, skill: string, terms: readonly string[]): string[] {
  return context.index.whoKnowsAll(terms.length > 1 ? terms : [skill], { limit: 1 }).canonicals;
}

/**
 * Whether one profile lists the skills asked: the yes / partly / mentions / no sentence, the evidence
 * blocks, and the listed skills found. Reads that one profile only.
 */
export function personSkillAnswer(profile: Profile, asked: readonly string[]) {
  const listed = asked.map((name) => listedSkill(profile, name));
  const mentions = asked.map((name, i) => (listed[i] ? [] : mentionLines(profile, name, 3)));
  const blocks: ReplyBlock[] = [];
  const found = listed.flatMap((s) => (s ? [s] : []));
  if (found.length > 0) blocks.push(evidenceFields(found.map((s) => ({ profile, skill: s, score: 1 }))));
  const lines = mentions.flat();
  if (lines.length > 0) blocks.push({ type: 'list', heading: 'Mentioned in the profile text', items: lines });
  const has = asked.filter((_, i) => listed[i]);
  const lacks = asked.filter((_, i) => !listed[i]);
  const mentioned = asked.filter((_, i) => mentions[i]!.length > 0);
  let description: string;
  if (lacks.length === 0) {
    const only = found.length === 1 ? found[0]! : null;
    description = only
      ? `Yes: ${profile.name} lists ${only.name}${only.category ? ` under ${only.category}` : ''}.`
      : `Yes: ${profile.name} lists ${andList(has)}.`;
  } else if (has.length > 0) {
    description = `Partly: ${profile.name} lists ${andList(has)} but not ${andList(lacks)}.`;
  } else if (mentioned.length > 0 && lines.every(isLearning)) {
    // "🌱 Currently learning: JavaScript Svelte": said as something to learn, not a skill they have.
    description = `No: ${profile.name} doesn't list ${andList(lacks)} as a skill; the profile says they are learning or interested in ${mentioned.length === 1 ? 'it' : 'them'}:`;
  } else if (mentioned.length > 0) {
    description = `${profile.name} doesn't list ${andList(lacks)} as a skill, but the profile mentions ${mentioned.length === 1 ? 'it' : 'them'}:`;
  } else {
    description = `No: ${profile.name}'s profile doesn't mention ${andList(lacks)}.`;
  }
  return { blocks, description, found, listsAll: lacks.length === 0, mentions: lines.length > 0 };
}

function listedSkill(profile: Profile, name: string) {
  const key = foldSkillKey(canonicalSkillName(name));
  // A skill read from a sentence is a mention (shown from the text below), not a listing.
  return (
    profile.skills.find((s) => s.source !== 'prose' && foldSkillKey(canonicalSkillName(s.name)) === key) ??
    null
  );
}
