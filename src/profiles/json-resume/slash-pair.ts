// slashPair: a JSON Resume keyword that joins known technologies with slashes ("C/C++", "C#/.NET") is
// read as each of them, as the same text is in a markdown skills list.
import { isKnownSkill } from '../vocabulary/skill-aliases.js';

/** The parts of "C/C++" when every part is a known technology and the whole is not one; else null. */
export function slashPair(keyword: string): string[] | null {
  const text = keyword.trim();
  if (text.length > 60 || !text.includes('/') || /\s/.test(text) || isKnownSkill(text)) return null;
  const parts = text.split('/');
  if (parts.length > 4 || parts.some((p) => !p || !isKnownSkill(p))) return null;
  return parts;
}
