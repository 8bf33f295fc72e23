// shapedSkillLines: lines under any heading that are a skills list by their shape ("🍎 iOS: **Swift**,
// **SwiftUI**, Combine"): an area label, then short names that are mostly known technologies.
import type { RootContent } from 'mdast';
import { type ContentLine, contentLines } from '../markdown/content-lines.js';
import { isKnownSkill } from '../vocabulary/skill-aliases.js';
import { isFigure, looksTechnical } from './looks-technical.js';
import { isSkillArea } from './skill-area.js';
import { type LineNames, skillLineNames } from './skill-section-lines.js';
import { splitSkillLine } from './split-skill-list.js';
import { findTechMentions } from './tech-mentions.js';
import { wordCount } from './word-count.js';

export interface ShapedLine extends LineNames {
  text: string;
  line: number | null;
}

const MAX_LINE = 300;
// Emoji, symbols and dashes before the label ("🍎 iOS:", "▸ Backend —"); "." and "#" stay (.NET, C#).
const LEAD = /^(?:[\p{So}\p{Sm}\p{Sk}\p{Pd}\p{Cf}\s]|\uFE0F)+/u;
// A GitHub emoji shortcode before the label (":sparkles: Favorite Tech: …").
const SHORTCODE = /^:[a-z0-9_+-]{1,40}:\s*/;
// "**Backend** — Python, FastAPI": a dash or box bar after a short label works like a colon, and so
// does a middle dot before a comma list ("**AI** · Claude, MCP"; in "Python · R · SQL" it separates).
const DASH = /\s[—–│·-]\s/;
// Labels of what someone does not claim as a skill, or of facts that are not skills.
export const NOT_LABEL =
  /\b(?:learn|interest|goals?\b|next(?:\s|$)|future|want|wish|project|building|built|working on|currently|reading|read\b|fun\b|hobb|pronoun|location|based|lives? in|from\b|contact|reach|e-?mail|website|blog|talks?\b|writ|publi|award|education|degree|certif|compan|employer|roles?\b|position|jobs?\b|work(?:s|ing|ed)? (?:at|for|with)|previous|former|past\b|used (?:before|to)\b|clients?\b|customers?\b|sponsor|aprend|estudi|apprend|lerne|projet|proyecto|projeto)/i;

/** The line without leading decoration, a dash label read as "Label: rest". */
export function normalise(text: string): string {
  const bare = text.slice(0, MAX_LINE).replace(LEAD, '').replace(SHORTCODE, '');
  if (bare.includes(':')) return bare;
  const dash = DASH.exec(bare);
  if (!dash || dash.index < 1 || dash.index > 40) return bare;
  const label = bare.slice(0, dash.index).trim();
  const rest = bare.slice(dash.index + dash[0].length).trim();
  // "ML Algorithms (QoE Prediction - 81.9% accuracy)": a dash inside a parenthesis is no label's end.
  const open = label.split('(').length - label.split(')').length;
  if (!rest || /[|│·—–]/.test(label) || wordCount(label) > 6 || open > 0) return bare;
  // "Random Forest, CatBoost - 4-model comparison": names before the dash, a note on them after it.
  if (label.includes(',')) return `${label} (${rest.replace(/[()]/g, ' ')})`;
  if (wordCount(label) > 4) return bare;
  return dash[0].trim() === '·' && !rest.includes(',') ? bare : `${label}: ${rest}`;
}

const named = (name: string) => isKnownSkill(name) || findTechMentions(name, true).length > 0;
// A name as lists write them: capitalised, technical-looking, or one lowercase word ("polars"); a CJK or
// lowercase phrase is a sentence fragment ("使用言語は Pyhon3", "schema design").
const nameLike = (name: string) =>
  /^[\p{Script=Latin}\d.]/u.test(name) &&
  (/^\p{Lu}/u.test(name) || looksTechnical(name) || /^[a-z][\w.+#-]*$/.test(name));

// CJK clause punctuation in an item: a sentence ("React を用い、WEB アプリを開発。"), not a name.
const CLAUSE = /[。、，！？]/;

/** A skills-list line: a short label with names, or two or more names, at least half of them known. */
function isShaped(text: string): boolean {
  // Without a colon, a separator or a group a line is one name and no label: never a list.
  if (!MAY_LIST.test(text)) return false;
  const { label, names } = splitSkillLine(text);
  if (label !== null && (wordCount(label) > 5 || NOT_LABEL.test(label) || isFigure(label))) return false;
  if (names.length < (label === null ? 2 : 1)) return false;
  // One pass: each name is looked up once (the lookup is the costly part), and a bad name ends the reading.
  let known = 0;
  for (const n of names) {
    if (wordCount(n) > 4 || CLAUSE.test(n)) return false;
    const isNamed = named(n);
    if (!isNamed && !nameLike(n)) return false;
    if (isNamed) known++;
  }
  return (known >= 1 && known * 2 >= names.length) || namesOfArea(label, names);
}

/**
 * "Embedded: Zephyr, FreeRTOS, Mynewt": a label naming an area of skills over two or more proper names lists
 * them, known to the vocabulary or not.
 */
export function namesOfArea(label: string | null, names: readonly string[]): boolean {
  return (
    label !== null &&
    names.length >= 2 &&
    isSkillArea(label) &&
    names.every((n) => wordCount(n) <= 3 && (/^\p{Lu}/u.test(n) || looksTechnical(n)))
  );
}

const MAY_LIST = /[:,;/•·|(]/;

// A label-only line: a few Latin words, maybe a colon ("**Data & Databases**", "Backend:").
const LABEL_ONLY = /^[\p{Script=Latin}\d\s&+.#'’-]{1,40}:?$/u;

/** A label-only line or a learning line neither speaks for the run nor against it. */
const isNeutral = (text: string, skip: (text: string) => boolean) =>
  skip(text) || (LABEL_ONLY.test(text) && wordCount(text) <= 4 && !named(text.replace(/:\s*$/, '')));

/** Runs of lines read together: each list, and consecutive paragraphs. */
function runs(blocks: readonly RootContent[]): ContentLine[][] {
  const out: ContentLine[][] = [];
  // Where the current run of paragraphs started (blocks[from…i) are paragraphs), -1 when none.
  let from = -1;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.type === 'paragraph') {
      if (from === -1) from = i;
      continue;
    }
    if (from !== -1) out.push(contentLines(blocks.slice(from, i)));
    from = -1;
    if (block.type === 'list') out.push(contentLines([block]));
  }
  if (from !== -1) out.push(contentLines(blocks.slice(from)));
  return out;
}

/**
 * The skills of the lines shaped like a skills list, in runs where such lines are at least two and no
 * fewer than the other lines. `skip` names lines that never count (learning, interest).
 */
export function shapedSkillLines(
  blocks: readonly RootContent[],
  skip: (text: string) => boolean,
): ShapedLine[] {
  const out: ShapedLine[] = [];
  for (const run of runs(blocks)) {
    const lines = run.filter((l) => l.type !== 'row').map((l) => ({ l, text: normalise(l.text) }));
    // A long line is prose: it counts against the run without being read.
    const shaped = new Set(
      lines.filter(({ l, text }) => l.text.length <= MAX_LINE && isShaped(text) && !skip(text)),
    );
    if (shaped.size < 2) continue;
    const others = lines.filter((x) => !shaped.has(x) && !isNeutral(x.text, skip));
    if (shaped.size < others.length) continue;
    for (const { l, text } of shaped) {
      const { label, names } = skillLineNames({ ...l, text });
      out.push({ label, names, text: l.text, line: l.line });
    }
  }
  return out;
}
