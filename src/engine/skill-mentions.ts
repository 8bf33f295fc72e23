// Prose evidence about one person: where a profile's own text (not post or talk titles) names a skill.
import type { Profile, Section } from '../profiles/profile.js';
import { foldText, wordTokens } from '../search/fold-text.js';
import { snippetFor } from '../search/section-search.js';
import { isTitleList } from '../search/title-list.js';

/** "C++" and "C#" fold to "c": their mentions must carry the symbol as written. */
export function literalFor(skill: string): string | null {
  return /[+#]/.test(skill) ? skill.toLowerCase() : null;
}

/** True when a section's text names the skill: every word, whole, and the literal name for C++/C#. */
export function sectionNames(section: Section, skill: string): boolean {
  if (isTitleList(section)) return false;
  const whole = `${section.title}\n${section.text}\n${section.items.join('\n')}`;
  const literal = literalFor(skill);
  if (literal && !whole.toLowerCase().includes(literal)) return false;
  const words = wordTokens(skill);
  if (words.length === 0) return false;
  const folded = ` ${foldText(whole)} `;
  return words.every((w) => folded.includes(` ${w} `));
}

/** The lines of one profile that mention the skill, as "Section: snippet", at most `limit`. */
export function mentionLines(profile: Profile, skill: string, limit: number): string[] {
  const words = wordTokens(skill);
  return profile.sections
    .filter((s) => sectionNames(s, skill))
    .slice(0, limit)
    .map((s) => `${s.title || 'Introduction'}: ${snippetFor(s, words)}`);
}
