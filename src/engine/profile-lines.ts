// profileLines: the lines of a profile a one-line fact is looked for in, and withList, the text kept around the line that states it.

import type { Profile, Section } from '../profiles/model/profile.js';
import { sliceWhole } from '../text/slice-whole.js';

/** Lines of a profile read for a fact: enough for any README's opening and about sections. */
const MAX_LINES = 400;
/** A line longer than this is cut to the sentence that states the fact. */
const MAX_LINE = 280;

export function profileLines(profile: Profile): { section: Section; text: string }[] {
  const lines: { section: Section; text: string }[] = [];
  for (const section of profile.sections) {
    const texts = [section.title, ...section.text.split('\n'), ...section.items];
    for (const text of texts) {
      if (text.trim()) lines.push({ section, text: text.trim() });
      if (lines.length >= MAX_LINES) return lines;
    }
  }
  return lines;
}

/** Lines kept after a short line that leads into a list ("**What I specialize in**", "Working on:"). */
const MAX_FOLLOWING = 6;

/** The hit's sentence, with the lines after it in its section when it only leads into them. */
export function withList(
  lines: readonly { section: Section; text: string }[],
  hit: { section: Section; text: string },
  cue: { test: (line: string) => boolean; lineOnly?: boolean },
): string {
  // A cue that names the fact in the line itself ("AI Engineering @ UniEVANGÉLICA") leads into nothing.
  if (cue.lineOnly) return sentenceOf(hit.text, cue);
  // A subtitle heading ("A Passionate Developer From Bangladesh") is the fact itself, not a lead-in.
  const leads =
    /[:：]$/.test(hit.text) ||
    (hit.text.split(' ').length <= 5 &&
      // A code field with its value on the line (`self.spoken = ["it", "en"]`) leads into nothing.
      !/[.!?。！？\])"'`,;]$/.test(hit.text) &&
      hit.text !== hit.section.title.trim());
  const at = lines.indexOf(hit);
  const opened = openedValue(lines, at);
  if (opened) return opened;
  const column = tableColumn(lines, at, cue);
  if (column) return column;
  const next = leads
    ? lines.slice(at + 1, at + 1 + MAX_FOLLOWING).filter((l) => l.section === hit.section)
    : [];
  return next.length > 0 ? [hit.text, ...next.map((l) => l.text)].join('\n') : sentenceOf(hit.text, cue);
}

/** Lines read for a code field whose value opens a list or map (`self.hobbies = [`, `"location": {`). */
const MAX_OPENED = 14;
const OPENS = /[[({]$/;
const CLOSES = /^[\])}]/;

/** A code field that opens a list or map: its line with the lines up to the close, only those. */
function openedValue(lines: readonly { section: Section; text: string }[], at: number): string | null {
  const hit = lines[at]!;
  if (!OPENS.test(hit.text)) return null;
  const said = [hit.text];
  for (const line of lines.slice(at + 1, at + 1 + MAX_OPENED)) {
    if (line.section !== hit.section) break;
    said.push(line.text);
    if (CLOSES.test(line.text)) return said.join('\n');
  }
  return null;
}

/** Rows of a table read under a header cell that states the fact. */
const MAX_ROWS = 8;
/** A table's header cell is a label of a few words ("🌱 Currently Learning"). */
const MAX_HEADER_WORDS = 6;
const cells = (line: string): string[] => line.split(' | ').map((c) => c.trim());

/**
 * A table header cell that states the fact ("🌱 Currently Learning" over rows of "… | React | …"): that
 * cell with the values under it, not the whole header row. Null when the hit is no such header.
 */
function tableColumn(
  lines: readonly { section: Section; text: string }[],
  at: number,
  cue: { test: (line: string) => boolean },
): string | null {
  const hit = lines[at]!;
  const rows = lines.slice(at, at + 1 + MAX_ROWS).filter((l) => l.section === hit.section);
  return columnUnder(
    rows.map((l) => l.text),
    (cell) => cue.test(cell),
  );
}

/** The column under the one header cell (texts[0]) that passes `test`, as its header and values. */
export function columnUnder(texts: readonly string[], test: (cell: string) => boolean): string | null {
  const header = cells(texts[0] ?? '');
  // "Master's Student | North China University of Technology · Control Science …" is a line, not a header.
  if (header.length < 2 || header.some((c) => c.split(' ').length > MAX_HEADER_WORDS)) return null;
  const column = header.findIndex(test);
  if (column < 0 || header.filter(test).length > 1) return null;
  const values: string[] = [];
  for (const text of texts.slice(1, 1 + MAX_ROWS)) {
    const row = cells(text);
    if (row.length !== header.length) break;
    if (row[column]) values.push(row[column]!);
  }
  return values.length > 0 ? [header[column]!, ...values].join('\n') : null;
}

/** The sentence of a long line that holds the cue (the line itself when short). */
function sentenceOf(line: string, cue: { test: (line: string) => boolean }): string {
  if (line.length <= MAX_LINE) return line;
  const sentences = line.split(/(?<=[.!?])\s+/);
  return sliceWhole(sentences.find((s) => cue.test(s)) ?? line, 0, MAX_LINE);
}
