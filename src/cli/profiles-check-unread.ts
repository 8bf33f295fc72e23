// unreadSkillLines: lines under a skills heading from which no skill was read, so `profiles check` can show
// an author what the parser dropped ("Cloud stuff, mostly", a technology it does not know, a stray sentence).
import type { Profile } from '../profiles/model/profile.js';
import { foldTechKey } from '../profiles/vocabulary/tech-vocabulary.js';

const MAX_LINES = 12;
const MAX_LINE = 160;

const fold = (text: string): string => foldTechKey(text);

/** Lines of the profile's skills sections (items, then paragraph lines) that no skill came from. */
export function unreadSkillLines(profile: Profile): string[] {
  const evidence = profile.skills.map((s) => s.evidence.trim()).filter(Boolean);
  const names = profile.skills.map((s) => fold(s.name)).filter((n) => n.length > 0);
  const read = (line: string): boolean => {
    // The line a skill was read from (its evidence), or a longer text holding it; a short evidence ("C", an
    // alt text) only as the whole line.
    if (evidence.some((e) => e === line || e.includes(line) || (e.length >= 12 && line.includes(e))))
      return true;
    // Long names may sit inside a line ("nodejs"); short ones ("go", "c") only as a word of it.
    const folded = fold(line);
    const words = line.split(/[^\p{L}\p{N}+#.]+/u).map(fold);
    return names.some((n) => (n.length >= 4 ? folded.includes(n) : words.includes(n)));
  };
  const out: string[] = [];
  for (const section of profile.sections) {
    if (section.kind !== 'skills') continue;
    const lines = [...section.items, ...section.text.split('\n')]
      .map((l) => l.replace(/\s+/g, ' ').trim())
      .filter((l) => /\p{L}/u.test(l) && l !== section.title);
    for (const line of lines) {
      if (out.length >= MAX_LINES) return out;
      const shown = line.length > MAX_LINE ? `${line.slice(0, MAX_LINE - 1)}…` : line;
      if (!read(line) && !out.includes(shown)) out.push(shown);
    }
  }
  return out;
}
