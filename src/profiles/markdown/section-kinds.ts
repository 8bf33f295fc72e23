// classifySection: a heading's words → its SectionKind by the vocabulary in section-vocabulary.ts; also
// headingWords, isTagline and kindOnlyInAside, the other readings of a heading's words.

import { foldLetters } from '../../text/fold-text.js';
import { memoize } from '../model/memoize.js';
import type { SectionKind } from '../model/profile.js';
import { stripEmoji } from './clean-heading.js';
import { SECTION_VOCABULARY } from './section-vocabulary.js';

// "기술", "技術", "技术" (technology) alone head a skills list; among other words they do not ("기술 아티클").
const ONE_WORD_SKILLS = new Set(
  ['stack', 'stacks', 'framework', 'pila', 'stapel', '기술', '技術', '技术'].map(foldLetters),
);

/** Tie order when two kinds match at the same word: the more specific kind first. */
const PRIORITY: Exclude<SectionKind, 'other'>[] = [
  'contact',
  'certifications',
  'education',
  'experience',
  'projects',
  'skills',
  'values',
  'focus',
  'interests',
  'about',
];

/** Lowercase words with emoji, accents, apostrophes and punctuation removed. */
export function headingWords(title: string): string[] {
  return foldLetters(stripEmoji(title))
    .replace(/['’‘`´]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

interface Phrase {
  kind: Exclude<SectionKind, 'other'>;
  words: string[];
}

// Phrases by their first word, so a heading's words are looked up instead of every phrase tried at
// every position (this ran for each of ~25 headings per profile, ~300 phrases each).
const PHRASES_BY_FIRST_WORD = new Map<string, Phrase[]>();
const STEMS: { kind: Exclude<SectionKind, 'other'>; stem: string }[] = [];
for (const kind of PRIORITY) {
  const vocab = SECTION_VOCABULARY[kind];
  for (const phrase of vocab.phrases.split('|')) {
    // Folded as heading words are: Hangul and voiced kana decompose ("경력", "ビルド").
    const words = foldLetters(phrase).split(' ');
    const list = PHRASES_BY_FIRST_WORD.get(words[0]!) ?? [];
    list.push({ kind, words });
    PHRASES_BY_FIRST_WORD.set(words[0]!, list);
  }
  for (const stem of vocab.stems?.split('|') ?? []) STEMS.push({ kind, stem });
}
const KIND_RANK = new Map(PRIORITY.map((kind, i) => [kind, i]));

/**
 * The kind whose vocabulary matches earliest in the heading (the head word decides: "Skills & Projects" →
 * skills). 'about' words (hi, summary…) count only when nothing more specific matched.
 */
function classifySectionUncached(title: string): SectionKind {
  const words = headingWords(title);
  // "## 💼 Work" alone is the job list; "work" among other words is not ("What I work with", "Legacy Work").
  if (words.length === 1 && words[0] === 'work') return 'experience';
  // "### Stack", "Framework", "# 기술": alone the word names what the author works with ("Full Stack Developer" does not).
  if (words.length === 1 && ONE_WORD_SKILLS.has(words[0]!)) return 'skills';
  // Earliest position wins; at the same position the longer phrase, then the more specific kind.
  let best: { kind: SectionKind; at: number; length: number; rank: number } | null = null;
  let about = false;
  const consider = (kind: Exclude<SectionKind, 'other'>, at: number, length: number) => {
    if (kind === 'about') {
      about = true;
      return;
    }
    const rank = KIND_RANK.get(kind) ?? 0;
    if (
      !best ||
      at < best.at ||
      (at === best.at && (length > best.length || (length === best.length && rank < best.rank)))
    )
      best = { kind, at, length, rank };
  };
  words.forEach((word, at) => {
    for (const { kind, words: phrase } of PHRASES_BY_FIRST_WORD.get(word) ?? []) {
      if (phrase.every((w, j) => words[at + j] === w)) consider(kind, at, phrase.length);
    }
    for (const { kind, stem } of STEMS) if (word.includes(stem)) consider(kind, at, 1);
  });
  return (best as { kind: SectionKind } | null)?.kind ?? (about ? 'about' : 'other');
}

/** Section titles run to 5–6 words ("🧪 Engineering Principles I Default To"); a tagline to more. */
const TAGLINE_WORDS = 7;
const ROLE_WORDS = new Set(
  'developer developers engineer engineers enthusiast enthusiasts researcher designer programmer student architect scientist hacker maker desenvolvedor desarrollador ingeniero entwickler developpeur'.split(
    ' ',
  ),
);
const WORK_WORDS = new Set('project projects projetos proyectos projets repositories repos'.split(' '));

/**
 * A heading that is a sentence about the author ("<h3>Open source enthusiast and full stack developer from
 * Berlin</h3>" under the greeting) rather than a section's name: the words in it ("open source") say
 * little about what follows. A long heading about their projects is still one.
 */
export function isTagline(title: string): boolean {
  const words = headingWords(title);
  return (
    words.length >= TAGLINE_WORDS &&
    words.some((w) => ROLE_WORDS.has(w)) &&
    !words.some((w) => WORK_WORDS.has(w))
  );
}

const ASIDE = /\([^()]{0,80}\)|\[[^[\]]{0,80}\]/g;

/**
 * "LLM & NLP (Production Experience)": the heading's kind comes only from words in a bracketed aside, and the
 * words outside it name something ("LLM & NLP"); the aside qualifies the topic, it does not name the section.
 */
export function kindOnlyInAside(title: string): boolean {
  if (!title.includes('(') && !title.includes('[')) return false;
  const outside = title.replace(ASIDE, ' ');
  return outside !== title && headingWords(outside).length > 0 && classifySection(outside) === 'other';
}

/** Cached per spelling: the same headings recur across thousands of profiles. */
export const classifySection = memoize(classifySectionUncached);
