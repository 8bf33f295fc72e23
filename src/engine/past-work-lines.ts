// "where did dima work before bolt", "oskar's previous job": sentences of the profile's prose that
// tell of earlier work ("Before Bolt I spent five years at Yandex"), quoted beside the listed entries,
// which often start with the current job only.
import type { Profile } from '../profiles/model/profile.js';
import { pastHeadingLines } from './past-work-headings.js';

/** A question about earlier work. */
const ASKS_PAST =
  /\b(?:before|previous(?:ly)?|prior|earlier|past|former(?:ly)?|used to|last job|last company)\b/i;
/** A sentence telling of earlier work: a time word and a workplace word. */
const TELLS_PAST =
  /\b(?:before (?:that|this|joining|[A-Z])|previously|prior to|formerly|used to work|earlier in my career|spent (?:\w+ ){0,3}(?:years?|months?) (?:at|with|in))\b/;
const AT_WORK = /\b(?:at|for|with|joined)\s+\S/;
const MAX_TEXT = 20_000;
const MAX_QUOTED = 2;
const MAX_SENTENCE = 300;

/** Up to two such sentences, when the question asks about the past or no experience section exists; [] otherwise. */
export function pastWorkLines(
  profile: Profile,
  question: string | undefined,
  listed: readonly string[],
): string[] {
  // A profile with no experience section of its own (its jobs read from prose or a headline): its
  // earlier work belongs in any experience answer; under a section, only when asked about the past.
  const ownSection = profile.sections.some((s) => s.kind === 'experience');
  if (!(question && ASKS_PAST.test(question)) && ownSection) return [];
  const known = listed.join('\n');
  // Lines under a "Previously" / "Before Rappi" heading first: each one is earlier work.
  const quoted: string[] = pastHeadingLines(profile, known, MAX_QUOTED);
  if (quoted.length >= MAX_QUOTED) return quoted;
  for (const section of profile.sections) {
    if (section.kind === 'experience' || section.kind === 'contact') continue;
    for (const sentence of section.text
      .slice(0, MAX_TEXT)
      .replace(/\s+/g, ' ')
      .split(/(?<=[.!?]) /)) {
      const text = sentence.trim().slice(0, MAX_SENTENCE);
      if (!TELLS_PAST.test(text) || !AT_WORK.test(text) || known.includes(text) || quoted.includes(text))
        continue;
      quoted.push(text);
      if (quoted.length >= MAX_QUOTED) return quoted;
    }
  }
  return quoted;
}
