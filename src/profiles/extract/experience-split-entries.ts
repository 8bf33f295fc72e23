// splitEntryHead: a résumé entry written over two lines, the employer (and maybe the role) on the first and
// the dates on the next ("**Careem**" / "Senior Android Engineer · Mar 2019 – Present"; "Datadog — Staff
// Engineer" / "2021 – present"): the undated line is the head of the dated one, read as one entry.
import type { ContentLine } from '../markdown/content-lines.js';
import { parsePeriod } from './parse-period.js';

/** A head line: short, undated, no sentence ("Built the ledger…" ends in no full stop only by luck). */
function isHead(line: ContentLine): boolean {
  const text = line.text.trim();
  return (
    line.type === 'line' &&
    text.length > 1 &&
    text.length <= 80 &&
    // A clause in progress ("title = \"Developer\",") or a sentence is no head.
    !/[.:;,!?=({]$/.test(text) &&
    !text.includes('=') &&
    // Words, not the separators between the parts ("Assistant IT Manager — Brasserie … (Coca-Cola Haïti)").
    text.split(/\s+/).filter((word) => /[\p{L}\d]/u.test(word)).length <= 10 &&
    parsePeriod(text) === null
  );
}

/**
 * The dated line's text with its head line before it ("Careem — Senior Android Engineer · Mar 2019 –
 * Present"), when the line just above is a head of the same paragraph or block; else null. `apart` says
 * when the two are separate entries (a dated line naming employer and role under a head with a role).
 */
function withEntryHead(
  lines: readonly ContentLine[],
  index: number,
  apart: (head: string, dated: string) => boolean,
): string | null {
  const line = lines[index];
  const above = lines[index - 1];
  if (!line || !above || line.line === null || above.line === null) return null;
  // The next source line, or the one after a blank line (a bold head in a paragraph of its own).
  if (line.line - above.line > 2 || !isHead(above) || apart(above.text, line.text)) return null;
  return `${above.text.trim()} — ${line.text.trim()}`;
}

/** The dated lines joined with their head (by index) and the head lines so used; `taken` lines are read otherwise. */
export function joinEntryHeads(
  lines: readonly ContentLine[],
  taken: (line: number) => boolean,
  apart: (head: string, dated: string) => boolean,
): { headed: Map<number, string>; heads: Set<number> } {
  const headed = new Map<number, string>();
  const isTaken = (l: ContentLine | undefined) => l?.line != null && taken(l.line);
  lines.forEach((line, i) => {
    if (line.type !== 'line' || isTaken(line) || isTaken(lines[i - 1]) || !parsePeriod(line.text)) return;
    const joined = withEntryHead(lines, i, apart);
    if (joined !== null) headed.set(i, joined);
  });
  return { headed, heads: new Set([...headed.keys()].map((i) => i - 1)) };
}
