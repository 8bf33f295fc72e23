// A message that is only technologies and chat words around them, as people ask in a team channel:
// "vue.js anyone?", "opencv experience anyone", "mysql ppl?", "java + spring boot person?", "pytorch and
// kubernetes?". Every part must be a known technology, so "lunch anyone?" stays a search and "the java
// person" (someone described, with an article) stays a person.
import { isKnownSkill } from '../profiles/vocabulary/skill-aliases.js';
import { splitSkillList } from './skill-terms.js';

/** Words after the technologies that only say who is asked or what of it ("experience anyone"). */
const TAIL_WORDS = new Set(
  (
    'anyone anybody someone somebody takers here around people folks peeps person persons guy guys gal ' +
    'dev devs developer developers engineer engineers expert experts user users pro pros ' +
    'experience exp skills skill knowledge expertise help'
  ).split(' '),
);
/** Tail words read at most: "mysql people here anyone" is three. */
const MAX_TAIL = 3;
/** "(legacy code, sorry)": an aside after the question, never part of a skill. */
const ASIDE = /(?<=\S)\s*\([^()]{0,80}\)$/;

/**
 * The skill phrase such a message asks about ("java and spring boot"), or null when it has no chat words
 * around a single technology, or when any part names no technology.
 */
export function chatSkillQuestion(text: string, isPerson: (text: string) => boolean): string | null {
  const words = text.replace(ASIDE, '').trim().split(' ');
  let end = words.length;
  while (end > 1 && words.length - end < MAX_TAIL && TAIL_WORDS.has(words[end - 1]!)) end -= 1;
  if (end === 0) return null;
  const phrase = words
    .slice(0, end)
    .join(' ')
    .replace(/(?<![,:;-])[,:;-]+$/, '');
  if (isKnownSkill(phrase)) return end < words.length && !isPerson(phrase) ? phrase : null;
  const parts = splitSkillList(phrase);
  // "java + spring boot", "pytorch and kubernetes": several technologies are a question on their own,
  // unless they are people's names too ("julia and ruby").
  if (parts.length < 2 || !parts.every(isKnownSkill) || parts.every(isPerson)) return null;
  return parts.join(' and ');
}
