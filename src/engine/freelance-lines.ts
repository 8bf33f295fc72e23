// freelanceLines: "where does fazle freelance", "does ana do freelance work": the profile's own lines
// about freelance work ("💼 Freelancer on Upwork and Fiverr"), which often stand outside the job list.
import type { Profile } from '../profiles/model/profile.js';

/** A question about freelance work. */
const ASKS_FREELANCE = /\bfreelanc/i;
/** A line telling of it: the word, or a marketplace for it. */
const TELLS_FREELANCE = /\bfreelanc|\b(?:upwork|fiverr|toptal|freelancer\.com|kwork|workana|99freelas)\b/i;
const MAX_TEXT = 20_000;
const MAX_QUOTED = 2;
const MAX_LINE = 300;

/** Up to two such lines not already listed, when the question asks about freelance work; [] otherwise. */
export function freelanceLines(
  profile: Profile,
  question: string | undefined,
  listed: readonly string[],
): string[] {
  if (!question || !ASKS_FREELANCE.test(question)) return [];
  const known = listed.join('\n');
  const quoted: string[] = [];
  for (const section of profile.sections) {
    if (section.kind === 'contact') continue;
    for (const raw of [...section.text.slice(0, MAX_TEXT).split(/\n|(?<=[.!?]) /), ...section.items]) {
      const line = raw
        .replace(/^\s*[-*•]\s+/, '')
        .trim()
        .slice(0, MAX_LINE);
      if (!TELLS_FREELANCE.test(line) || known.includes(line) || quoted.includes(line)) continue;
      quoted.push(line);
      if (quoted.length >= MAX_QUOTED) return quoted;
    }
  }
  return quoted;
}
