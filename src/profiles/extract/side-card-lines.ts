// sideCardLines: a terminal "neofetch" card — ASCII art with `OS: …`, `Languages: …`, `Contact: …` lines
// beside it — read as the lines of facts it shows: each line's text after the art column.
const MAX_LINE = 300;
const MIN_KEYED = 3;
// A gap of three or more spaces after something drawn: where the column of facts starts.
const GAP = /\S {3,}(?=\S)/g;
// "Languages: Go, Rust", "Editor : Neovim", "E-mail：x": a short label, a colon, a value.
const KEYED = /^[\p{L}][\p{L}\p{N} ._/-]{0,20}[:：] {0,16}\S/u;

/** Where the keyed column starts on the line (after art and a gap), or -1. */
function keyedColumn(line: string): number {
  GAP.lastIndex = 0;
  for (let m = GAP.exec(line); m; m = GAP.exec(line)) {
    const at = m.index + m[0].length;
    if (KEYED.test(line.slice(at))) return at;
  }
  return -1;
}

/** The text after the line's last gap when something stands before it ("-`      jane@github" → "jane@github"). */
function lastColumn(line: string): string {
  GAP.lastIndex = 0;
  let at = -1;
  for (let m = GAP.exec(line); m; m = GAP.exec(line)) at = m.index + m[0].length;
  return at >= 0 ? line.slice(at) : line;
}

/**
 * The card's lines with the art column cut off, or null when the block is no card (fewer than three
 * `Key: value` lines stand after a drawn column). Lines of art alone become empty.
 */
export function sideCardLines(lines: readonly string[]): string[] | null {
  let keyed = 0;
  const columns = lines.map((raw) => {
    const at = keyedColumn(raw.slice(0, MAX_LINE));
    if (at >= 0) keyed++;
    return at;
  });
  if (keyed < MIN_KEYED) return null;
  return lines.map((raw, i) => {
    const line = raw.slice(0, MAX_LINE);
    if (columns[i]! >= 0) return line.slice(columns[i]);
    // A fact below the art ("              Contact:   jane@x.dev") stands whole.
    if (KEYED.test(line.trim())) return line.trim();
    const rest = lastColumn(line).trim();
    // One token of drawn characters (".oossssso-````/osss+`") is art; a title or rule after a gap is kept.
    return rest !== line.trim() || /\s/.test(rest) ? rest : '';
  });
}
