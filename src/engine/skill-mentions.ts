// Prose evidence about one person: where a profile's own text (not post or talk titles) names a skill.
import type { Profile, Section } from '../profiles/model/profile.js';
import { isTitleList } from '../search/title-list.js';
import { foldText, wordTokens } from '../text/fold-text.js';
import { sliceWhole } from '../text/slice-whole.js';
import { isShortSkillName, namesShortSkill } from './short-skill-mention.js';

const SNIPPET = 200;

/**
 * Names that fold to almost nothing ("C", "R", "Go") or carry symbols ("C++", "C#") count only as
 * written, standing alone: "Objective-C" is no mention of C, "go-to" none of Go.
 */
export function literalFor(skill: string): RegExp | null {
  const name = skill.trim();
  if (!/[+#]/.test(name) && foldText(name).replace(/ /g, '').length > 2) return null;
  // Asked once per section of every holder ("who knows c" at 10k): compiled once per name.
  let literal = LITERALS.get(name);
  if (!literal) {
    if (LITERALS.size >= MAX_LITERALS) LITERALS.clear();
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    literal = new RegExp(`(?<![\\p{L}\\p{N}+#-])${escaped}(?![\\p{L}\\p{N}+#])`, 'u');
    LITERALS.set(name, literal);
  }
  return literal;
}

const LITERALS = new Map<string, RegExp>();
const MAX_LITERALS = 500;

/** Where Latin meets Hangul, kana or Han ("React도", "Vueで", "用React开发"): a word ends there. */
const SCRIPT_SEAM =
  /(?<=[a-z0-9+#])(?=[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])|(?<=[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])(?=[a-z0-9])/gu;

/** A line as written, and folded as its words are compared (with spaces at both ends). */
interface ReadLine {
  text: string;
  folded: string;
}

/**
 * Characters of one profile read for mentions. A real README is under 80 KB; a 1 MB one, asked about
 * for five people and five skills in one question, was folded 25 times (0.47 s).
 */
const READ_CHARS = 100_000;

const linesOf = (section: Section) =>
  [section.title, ...section.text.split('\n'), ...section.items].filter((l) => l.trim());

// The last profile read: one question asks about several skills of the same person in a row.
let last: { profile: Profile; sections: { section: Section; lines: ReadLine[] }[] } | null = null;

/** The profile's own text (not title lists) line by line, folded once, at most READ_CHARS of it. */
function readProfile(profile: Profile) {
  if (last?.profile === profile) return last.sections;
  let left = READ_CHARS;
  const sections: { section: Section; lines: ReadLine[] }[] = [];
  for (const section of profile.sections) {
    if (left <= 0) break;
    if (isTitleList(section)) continue;
    const lines: ReadLine[] = [];
    for (const line of linesOf(section)) {
      if (left <= 0) break;
      const text = line.length > left ? sliceWhole(line, 0, left) : line;
      left -= text.length;
      lines.push({ text, folded: ` ${foldText(text).replace(SCRIPT_SEAM, ' ')} ` });
    }
    sections.push({ section, lines });
  }
  last = { profile, sections };
  return sections;
}

/** The first line holding the skill: every word whole, and the name as written when it must be. */
function lineNaming(lines: readonly ReadLine[], skill: string): string | undefined {
  const literal = literalFor(skill);
  const words = wordTokens(skill);
  if (words.length === 0) return undefined;
  const short = isShortSkillName(skill);
  return lines.find((line) => {
    if (literal && !literal.test(line.text)) return false;
    if (!words.every((w) => line.folded.includes(` ${w} `))) return false;
    // "4°C", "R&D", "Go check out my blog": a one- or two-letter name counts only as a technology.
    return !short || namesShortSkill(line.text, skill);
  })?.text;
}

/** The first line of each section that mentions the skill, with its section, at most `limit`. */
export function mentionsIn(
  profile: Profile,
  skill: string,
  limit: number,
): { section: Section; line: string }[] {
  const out: { section: Section; line: string }[] = [];
  for (const { section, lines } of readProfile(profile)) {
    if (out.length >= limit) break;
    const line = lineNaming(lines, skill);
    if (line) out.push({ section, line });
  }
  return out;
}

/** The lines of one profile that mention the skill, as "Section: line", at most `limit`. */
export function mentionLines(profile: Profile, skill: string, limit: number): string[] {
  return mentionsIn(profile, skill, limit).map(({ section, line }) => shownLine(section, line, skill));
}

/** A mention as shown: "Section: line", cut around the skill. */
export const shownLine = (section: Section, line: string, skill: string) =>
  `${section.title || 'Introduction'}: ${cut(line, skill)}`;

function cut(line: string, skill: string): string {
  if (line.length <= SNIPPET) return line;
  const at = Math.max(0, foldText(line).indexOf(wordTokens(skill)[0] ?? '') - 60);
  return `${at > 0 ? '…' : ''}${sliceWhole(line, at, at + SNIPPET - 2)}${at + SNIPPET - 2 < line.length ? '…' : ''}`;
}
