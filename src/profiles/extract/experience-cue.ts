// experienceCueLines: the lines right after "…with experience in:" / "Skilled in:" / "con experiencia en:"
// list what the author has worked with, one per line ("🧩 Laravel and PHP architecture", "🗄️ MySQL
// modelling"): their technologies are claimed as a skills list's are. The run ends at the first gap.
import type { ProseLine } from '../markdown/prose-lines.js';

const CUE =
  /\b(?:experience|experienced|skilled|proficient|expertise|specialized|specialised|experiencia|experiência|expérience|erfahrung|especializado|especialista)\s(?:in|with|at|on|en|em|con|com|dans|avec|mit|de)\s?:\s*$/i;
const MAX_RUN = 12;

/** The line numbers of each run of consecutive lines that follows a cue line, in these lines. */
export function experienceCueLines(lines: readonly ProseLine[]): Set<number> {
  const out = new Set<number>();
  // Lines of HTML blocks are counted loosely (a <div> line, then its text): a run allows one line between.
  let last: number | null = null;
  let left = 0;
  for (const { text, line } of lines) {
    if (line === null) continue;
    if (last !== null && line > last && line - last <= 2 && left > 0) {
      out.add(line);
      last = line;
      left--;
    } else last = null;
    if (CUE.test(text.slice(-80))) {
      last = line;
      left = MAX_RUN;
    }
  }
  return out;
}
