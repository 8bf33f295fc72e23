// `whoknows`: listed people ranked for a skill, each with the profile line that shows it; people who
// only mention it in prose come after, labelled. Several skills ("postgres and django"): those with all
// first. With a person (free text "what does rajdeep know about terraform?") it answers for that one.
import { canonicalSkillName, foldSkillKey } from '../../profiles/vocabulary/skill-aliases.js';
import { knownTechnology } from '../../search/known-technology.js';
import { asksHowMany, withCount } from '../count-question.js';
import { withFamilyHolders } from '../family-holders.js';
import { asksWhoIsLearning, learnersReply } from '../learning-question.js';
import { normalizeQuestion } from '../normalize-question.js';
import { oneSkillReply } from '../one-skill-reply.js';
import { inLatinScript } from '../other-script-skills.js';
import type { Reply } from '../reply.js';
import { missingArgument } from '../reply-parts.js';
import { skillBeforeNouns } from '../skill-before-nouns.js';
import { isAlternatives, keyWords, splitSkillList, withoutSkillWords } from '../skill-terms.js';
import { exceptPhrase, exceptReply } from '../whoknows-except.js';
import { forNamedPeople } from '../whoknows-people.js';
import { severalSkillsReply } from '../whoknows-several.js';
import type { Handler, HandlerContext } from './handler.js';

const CONNECTIVE = /\s(?:in|with|for|on|using|at)\s/i;

/** At most this many people (Discord's field cap; the renderer pages the rest of the answer). */
export const WHOKNOWS_LIMIT = 25;

export const whoknows: Handler = (context) => {
  const reply = whoKnowsReply(context);
  const asked = context.invocation.text;
  return asked && asksHowMany(normalizeQuestion(asked)) ? withCount(reply) : reply;
};

function whoKnowsReply(context: HandlerContext): Reply {
  const { index, invocation, command } = context;
  // "кто знает питон", "/whoknows 파이썬": a technology spelled in another script, by its Latin name.
  const typed = inLatinScript(invocation.args.skill?.trim() ?? '');
  // "is anyone learning rust": learners, never the holders presented as the answer.
  if (
    typed &&
    !invocation.args.person?.trim() &&
    invocation.text &&
    asksWhoIsLearning(normalizeQuestion(invocation.text))
  )
    return learnersReply(context, withoutSkillWords(typed));
  // Someone lists the phrase as typed: then it is read whole (one index lookup, used twice below).
  const typedListed = typed !== '' && listsAny(context, typed);
  const except = !invocation.args.person?.trim() && !typedListed ? exceptPhrase(typed) : null;
  if (except) return exceptReply(context, except.wanted, except.left, WHOKNOWS_LIMIT);
  // "grpc experience": the skill, unless someone lists the whole phrase.
  const bare = typed && !typedListed ? withoutSkillWords(typed) : typed;
  // A technology by its own name ("playwright test" → Playwright), unless the whole is one ("claude code").
  const namedAlone = bare !== typed && !isSkillTerm(context, typed) && isSkillTerm(context, bare);
  const named = bare !== typed && (listsAny(context, bare) || namedAlone) ? bare : typed;
  // "kafka consumer lag", "modern c++": one technology and words about it, when the whole is none.
  const phrase =
    (bare !== typed && named === typed && qualifiedSkill(context, bare)) ||
    (bare === typed && objectOfSkill(context, typed)) ||
    // "a dbt model that keeps failing": a technology and a problem told about it.
    (bare === typed && qualifiedSkill(context, typed)) ||
    // "our terraform modules", "a flaky cypress test": the technology before nouns for work done with it.
    (named === typed && skillBeforeNouns(typed, (term) => isSkillTerm(context, term))) ||
    named;
  if (!phrase) {
    return missingArgument(command, 'which skill?', 'Name a skill', 'missing skill', context);
  }
  const { skill, terms } = askedSkills(context, phrase);
  if (invocation.args.person?.trim()) return forNamedPeople(context, skill, terms);
  if (terms.length > 1) return severalSkillsReply(context, terms, isAlternatives(skill));
  const result = index.whoKnows(skill, { limit: WHOKNOWS_LIMIT });
  const byName = oneSkillReply(context, skill, result);
  // "who knows shell": those who list Bash or Zsh come after those who list Shell by name.
  const reply = withFamilyHolders(context, byName, WHOKNOWS_LIMIT);
  if (reply !== byName || reply.data.matches.length > 0 || reply.blocks.length > 0) return reply;
  // Nothing for a phrase like "firmware in c": its words that are skills. Never for a name such as
  // "react native", whose words are not separate skills.
  if (!CONNECTIVE.test(skill)) return reply;
  const known = skillTermsIn(context, skill);
  if (known.length === 1)
    return oneSkillReply(context, known[0]!, index.whoKnows(known[0]!, { limit: WHOKNOWS_LIMIT }));
  if (known.length > 1) return severalSkillsReply(context, known);
  return reply;
}

/**
 * The skill a phrase asks for, and its parts when it names several ("postgres and django"); "go or go" is
 * the one skill it repeats. Nothing is split when someone lists the whole phrase (even one with "and").
 */
function askedSkills(context: HandlerContext, phrase: string): { skill: string; terms: string[] } {
  const parts = splitSkillList(phrase);
  const whole = { skill: phrase, terms: [] };
  if ((parts.length === 1 && parts[0] === phrase) || listsAny(context, phrase)) return whole;
  if (parts.length === 1) return { skill: parts[0]!, terms: [] };
  return parts.length < 2 ? whole : { skill: phrase, terms: parts };
}

/**
 * The skills named in a phrase, longest first at each word ("is there a react native dev" → React
 * Native, never React): technologies by name, or skills someone lists. At most 12 words are read.
 */
export function skillTermsIn(context: Pick<HandlerContext, 'index'>, text: string): string[] {
  const words = keyWords(text, 12);
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const size = [3, 2, 1].find(
      (n) => i + n <= words.length && isSkillTerm(context, words.slice(i, i + n).join(' ')),
    );
    if (size === undefined) {
      i += 1;
      continue;
    }
    out.push(words.slice(i, i + size).join(' '));
    i += size;
  }
  return out.slice(0, 5);
}

/**
 * The technology a problem phrase starts or ends with ("a kafka consumer lag issue" → kafka), when
 * the phrase names none and no one lists it. Only with two more words: a two-word phrase is too often
 * a technology the vocabulary lacks ("java ee", "vue native"), never to be answered as Java or Vue.
 * A name this short ("c", "go") only at the end, never the first word of a longer phrase.
 */
function qualifiedSkill(context: HandlerContext, phrase: string): string | null {
  if (phrase.split(' ').length < 3 || isSkillTerm(context, phrase) || listsAny(context, phrase)) return null;
  if (splitSkillList(phrase).length > 1) return null;
  const terms = skillTermsIn(context, phrase);
  if (terms.length !== 1) return null;
  const [term] = terms as [string];
  const lower = phrase.toLowerCase();
  const first = lower.startsWith(`${term.toLowerCase()} `) && /^[a-z]{3}|[^a-z\s]/i.test(term);
  return first || lower.endsWith(` ${term.toLowerCase()}`) ? term : null;
}

/**
 * "airflow dags", "cuda kernels", "prometheus alerts": a technology and a plural noun for things made
 * with it, when the pair is no skill and no one lists it. Never "java ee" or "vue native" (no plural).
 */
function objectOfSkill(context: HandlerContext, phrase: string): string | null {
  const words = phrase.trim().split(/\s+/);
  if (words.length !== 2) return null;
  const [term, noun] = words as [string, string];
  if (!/^[a-z]{3,}s$/.test(noun) || !/^[a-z]{3}|[^a-z\s]/i.test(term)) return null;
  if (isSkillTerm(context, noun) || isSkillTerm(context, phrase) || listsAny(context, phrase)) return null;
  return isSkillTerm(context, term) ? term : null;
}

/** A technology by name, or a skill someone lists under exactly this spelling (typos are not read
 * into words of a sentence: "real" is no Realm). */
function isSkillTerm({ index }: Pick<HandlerContext, 'index'>, term: string): boolean {
  if (knownTechnology(term, () => undefined) !== undefined) return true;
  const read = index.whoKnowsAll([term], { limit: 1 });
  return (
    read.matches.length > 0 &&
    foldSkillKey(read.canonicals[0] ?? '') === foldSkillKey(canonicalSkillName(term))
  );
}

/** Someone lists this skill (as typed, an alias or a corrected typo); reads no prose. */
export function listsAny({ index }: Pick<HandlerContext, 'index'>, skill: string): boolean {
  return index.whoKnowsAll([skill], { limit: 1 }).matches.length > 0;
}
