// denseListings: the general listing reader. Every container of a section (a list with its nested items, a
// paragraph of lines) is read item by item as a skills section would read it, and counts as a listing of the
// author's skills by evidence, not by shape or heading: most of its items must resolve to known technologies.
// Only the known ones are kept (a wrong skill names someone who does not know it; a missed one costs less).
import type { RootContent } from 'mdast';
import type { ContentLine } from '../markdown/content-lines.js';
import { canonicalSkillName, foldSkillKey, isKnownSkill } from '../vocabulary/skill-aliases.js';
import { isLearning, mayBeLearning } from './skill-learning.js';
import { normalise } from './skill-list-shape.js';
import { sectionLineNames } from './skill-section-item.js';
import { splitSkillLine } from './split-skill-list.js';
import { wordCount } from './word-count.js';

export interface ListingRow {
  label: string | null;
  names: string[];
  text: string;
  line: number | null;
}

// Thresholds, read off the eval sets and explored READMEs (see the report): at least this many known
// technologies, and at least this share of the container's items known.
export const MIN_KNOWN = 2;
export const MIN_SHARE = 0.5;
// Longer lines are sentences or descriptions, not items of a listing.
const MAX_ITEM_LINE = 120;
const MAX_ITEMS = 400;
// Tables are read by the category-table and grid readers, whose column cues this reader lacks.
const CONTAINERS = new Set(['list', 'paragraph']);
const MAX_WORDS = 4;

interface Container {
  rows: ListingRow[];
  items: number;
  known: number;
}

/**
 * The lines a block covers: from its start to the next block's (an end position can fall short of the
 * block's last line), or null for a block without a position.
 */
function span(block: RootContent, next: RootContent | undefined): [number, number] | null {
  const from = block.position?.start.line;
  const to = next?.position?.start.line;
  return from === undefined ? null : [from, to === undefined ? Number.POSITIVE_INFINITY : to - 1];
}

// A plain word ("coffee", "Coffee") that is only another spelling of a technology's name (CoffeeScript) is
// likelier the word than the technology in a list of anything: it counts as known under the name itself only.
const PLAIN_WORD = /^\p{L}\p{Ll}*$/u;

/** The item names a technology: by its own name, or by another spelling that is no plain word ("MSSQL"). */
function namesTechnology(item: string): boolean {
  if (!isKnownSkill(item)) return false;
  return !PLAIN_WORD.test(item) || foldSkillKey(item) === foldSkillKey(canonicalSkillName(item));
}

/**
 * One line of a container: its known names counted against all it lists. Only whole items count as known: a
 * technology named inside a sentence or a description ("Node.js port of tree, in Clojure") is no listed item.
 */
function readLine(line: ContentLine, into: Container): void {
  const read = line.text.length > MAX_ITEM_LINE ? null : sectionLineNames(line);
  const split = read === null ? null : splitSkillLine(normalise(line.text));
  if (split === null || split.names.length === 0 || split.names.some((n) => wordCount(n) > MAX_WORDS)) {
    into.items += 1;
    return;
  }
  const known = split.names.filter(namesTechnology);
  into.items += split.names.length;
  into.known += known.length;
  if (known.length > 0)
    into.rows.push({ label: split.label, names: known, text: line.text, line: line.line });
}

/**
 * The rows of each dense container of the blocks (whose content lines are `lines`). A container led in by a
 * learning line ("Things I want to pick up next:") claims nothing.
 */
export function denseListings(blocks: readonly RootContent[], lines: readonly ContentLine[]): ListingRow[] {
  const out: ListingRow[] = [];
  let at = 0;
  let before: ContentLine | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const range = CONTAINERS.has(block.type) ? span(block, blocks[i + 1]) : null;
    if (!range) continue;
    const container: Container = { rows: [], items: 0, known: 0 };
    let inBlock = 0;
    let led = before;
    while (at < lines.length && (lines[at]!.line ?? 0) <= range[1]) {
      const line = lines[at++]!;
      if (line.line === null) continue;
      if (line.line < range[0]) {
        led = line;
        continue;
      }
      if (inBlock++ < MAX_ITEMS) readLine(line, container);
      before = line;
    }
    const ledIn = led !== null && mayBeLearning(led.text) && isLearning(led.text);
    const dense = container.known >= MIN_KNOWN && container.known >= MIN_SHARE * container.items;
    if (dense && !ledIn) out.push(...container.rows);
  }
  return out;
}
