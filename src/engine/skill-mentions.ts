// Prose evidence about one person: where a profile's own text (not post or talk titles) names a skill.
import type { Profile, Section } from '../profiles/model/profile.js';
import { isTitleList } from '../search/title-list.js';
import { foldText, wordTokens } from '../text/fold-text.js';
import { sliceWhole } from '../text/slice-whole.js';

const SNIPPET = 200;

/**
 * Names that fold to almost nothing ("C", "R", "Go") or carry symbols ("C++", "C#") count only as
 * written, standing alone: "Objective-C" is no mention of C, "go-to" none of Go.
 */
export function literalFor(skill: string): RegExp | null {
  const name = skill.trim();
  if (!/[+#]/.test(name) && foldText(name).replace(/ /g, '').length > 2) return null;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}+#-])${escaped}(?![\\p{L}\\p{N}+#])`, 'u');
}

/** Where Latin meets Hangul, kana or Han ("React도", "Vueで", "用React开发"): a word ends there. */
const SCRIPT_SEAM =
  /(?<=[a-z0-9+#])(?=[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])|(?<=[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])(?=[a-z0-9])/gu;

/** The first line holding the skill: every word whole, and the name as written when it must be. */
function lineNaming(lines: readonly string[], skill: string): string | undefined {
  const literal = literalFor(skill);
  const words = wordTokens(skill);
  if (words.length === 0) return undefined;
  return lines.find((line) => {
    if (literal && !literal.test(line)) return false;
    const folded = ` ${foldText(line).replace(SCRIPT_SEAM, ' ')} `;
    return words.every((w) => folded.includes(` ${w} `));
  });
}

const linesOf = (section: Section) =>
  [section.title, ...section.text.split('\n'), ...section.items].filter((l) => l.trim());

/** The lines of one profile that mention the skill, as "Section: line", at most `limit`. */
export function mentionLines(profile: Profile, skill: string, limit: number): string[] {
  const out: string[] = [];
  for (const section of profile.sections) {
    if (out.length >= limit) break;
    if (isTitleList(section)) continue;
    const line = lineNaming(linesOf(section), skill);
    if (line) out.push(`${section.title || 'Introduction'}: ${cut(line, skill)}`);
  }
  return out;
}

function cut(line: string, skill: string): string {
  if (line.length <= SNIPPET) return line;
  const at = Math.max(0, foldText(line).indexOf(wordTokens(skill)[0] ?? '') - 60);
  return `${at > 0 ? '…' : ''}${sliceWhole(line, at, at + SNIPPET - 2)}${at + SNIPPET - 2 < line.length ? '…' : ''}`;
}
