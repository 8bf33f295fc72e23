// A yes/no or comparison question about named people and skills that no rule reads: "is diego a go
// dev", "can lena do k8s", "diego or jonas for postgres", "who knows more go, diego or tom", "kennt
// diego kafka". Every word must be a name, a known technology or a question word; else it is no such question.
import { isKnownSkill } from '../profiles/vocabulary/skill-aliases.js';
import { foldLetters } from '../text/fold-text.js';
import type { Intent } from './intent.js';

/** Longer text is something else (and this bounds the look-ups to about 3 × 14). */
const MAX_WORDS = 14;
const MAX_NAME_WORDS = 3;
/** Joining words that mean both ("diego and jonas"); the rest mean either. */
const BOTH = new Set(['and', '&', 'und', 'y', 'e', 'et']);
/** Joins two names into a group ("diego or jonas", "diego vs jonas", "diego, jonas and tom"). */
const JOINS = new Set(['or', 'and', 'vs', 'v', 'versus', '&', '/', 'oder', 'und', 'o', 'y', 'ou', 'e', 'et']);
/** A version after a technology's name ("react 18", "java 17", "v20"). */
const VERSION = /^v?\d{1,4}(?:\.\d{1,4}){0,2}x?$/;
/**
 * Words that shape such a question in English, German, Spanish, Portuguese and French (folded: no
 * accents). None of them is a technology's name ("go", "c", "r" are not here).
 */
const QUESTION_WORDS = new Set(
  `is are was were am be does do did done doing can could would will should might has have had got
  know knows knew knowing use uses used using work works worked working write writes wrote writing code codes
  coding program programs programming build builds ship ships understand understands speak speaks handle handles
  a an the any some of in on at with for about to than then from into by
  good great better best more most strong stronger solid decent experienced expert experts familiar comfortable
  proficient fluent skilled senior junior really actually still ever also too either both neither much well
  experience skills skill knowledge background expertise exp chops
  dev devs developer developers engineer engineers person people guy gal programmer programmers coder coders
  who which whom what whether if between compared compare comparison
  yes no right ok pls please
  kennt kann konnen kennen beherrscht benutzt nutzt arbeitet schreibt ist sind ein eine einen der die das
  mit sich aus erfahrung entwickler entwicklerin gut besser wer welcher welche
  sabe saben conoce conocen usa usan domina maneja trabaja escribe es son un una el la los las de del en con
  experiencia desarrollador desarrolladora programador bien mejor quien cual
  conhece conhecem manja trabalha escreve um uma os as do da com experiencia desenvolvedor melhor quem qual
  connait sait savent utilise maitrise travaille ecrit est-ce est que qui un une le les du des avec experience
  developpeur developpeuse mieux lequel laquelle`.split(/\s+/),
);

/**
 * The whoknows intent of a question about named people and skills; null unless at least `minPeople`
 * people are named (several only as one group joined by "or"/"and"/"vs"/","), at least one technology
 * is, and every other word is a question word.
 */
export function peopleSkillQuestion(
  question: string,
  names: (text: string) => boolean,
  minPeople = 1,
): Intent | null {
  const words = question
    .split(' ')
    .map((w) => w.replace(/^[("'[]+|(?<![)"'\],;:!?.])[)"'\],;:!?.]+$/g, ''))
    .filter(Boolean);
  if (words.length < 2 || words.length > MAX_WORDS) return null;
  const people: { start: number; end: number; text: string }[] = [];
  const skills: string[] = [];
  for (let i = 0; i < words.length; ) {
    const person = nameAt(words, i, names);
    if (person) {
      people.push({ start: i, end: i + person.size, text: person.text });
      i += person.size;
      continue;
    }
    // Question words first: "e" (Portuguese "and") and "v" (versus) are technologies' names too.
    if (QUESTION_WORDS.has(foldLetters(words[i]!)) || JOINS.has(words[i]!) || VERSION.test(words[i]!)) {
      i += 1;
      continue;
    }
    const skill = skillAt(words, i);
    if (!skill) return null;
    skills.push(skill.text);
    i += skill.size;
  }
  if (people.length < minPeople || people.length === 0 || skills.length === 0 || skills.length > 5)
    return null;
  // Several people are one group: only joining words between them ("diego or jonas"), never a skill.
  let join = 'or';
  for (let k = 1; k < people.length; k += 1) {
    const between = words.slice(people[k - 1]!.end, people[k]!.start);
    if (between.length > 2 || !between.every((w) => JOINS.has(w))) return null;
    if (between.some((w) => BOTH.has(w))) join = 'and';
  }
  return {
    command: 'whoknows',
    args: { person: people.map((p) => p.text).join(` ${join} `), skill: skills.join(' and ') },
  };
}

/** The longest name (≤ 3 words) starting at `i`; a possessive "'s" is dropped. */
function nameAt(words: readonly string[], i: number, names: (text: string) => boolean) {
  for (let size = Math.min(MAX_NAME_WORDS, words.length - i); size >= 1; size -= 1) {
    const part = words.slice(i, i + size);
    // A question word ("o", "da", "is") is never taken for a name here, nor a single letter.
    if (part.some((w) => QUESTION_WORDS.has(foldLetters(w)) || JOINS.has(w) || w.length < 2)) continue;
    const text = part.join(' ').replace(/'s$|'$/, '');
    if (names(text)) return { size, text };
  }
  return null;
}

/** The longest technology name (≤ 3 words) starting at `i` ("spring boot", "node.js 20" → "node.js"). */
function skillAt(words: readonly string[], i: number) {
  for (let size = Math.min(3, words.length - i); size >= 1; size -= 1) {
    const text = words.slice(i, i + size).join(' ');
    if (isKnownSkill(text)) return { size, text };
  }
  return null;
}
