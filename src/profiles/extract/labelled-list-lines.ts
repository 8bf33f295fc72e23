// labelledListLines: lines of "Label: a · b · c" that list skills by themselves, whatever stands around them
// ("**🛡️ Security:** Burp Suite · OWASP ZAP · Semgrep", "**⌨️ Code:** Python · Go · Bash" under an intro
// heading, between prose paragraphs): consecutive such lines are read together, and most of what they
// list must be known technologies.
import type { RootContent } from 'mdast';
import { type ContentLine, contentLines } from '../markdown/content-lines.js';
import { isKnownSkill } from '../vocabulary/skill-aliases.js';
import { isFigure } from './looks-technical.js';
import { NOT_LABEL, namesOfArea, normalise, type ShapedLine } from './skill-list-shape.js';
import { skillLineNames } from './skill-section-lines.js';
import { splitSkillLine } from './split-skill-list.js';
import { findTechMentions } from './tech-mentions.js';
import { wordCount } from './word-count.js';

const MAX_LINE = 300;
const MIN_ITEMS = 3;
// Labels of what the author did, had or is around, beyond those no shaped line has: past stacks, teams,
// partners ("Used before: Perl, Tcl, CVS", "Trusted by: Stripe, Shopify"); "Most used", "Frequently used"
// are what the author uses now.
const NOT_OWN_LABEL =
  /\b(?:past|(?<!\b(?:most|frequently|commonly|often|regularly|daily)[\s-])used|worked|before|partners?|teams?|friends?|trusted|featured|seen|press|thanks|stats|top\b)/i;
// CJK clause punctuation in an item: a sentence, not a name; so is an item that starts with a lowercase
// little word ("share HTML, Markdown, and code, on Cloudflare Workers").
const CLAUSE = /[。、，！？]|^(?:on|in|with|for|to|the|a|an|of|by|from|at|using|via|into|as)\s/;
// "[site.dev] — **ShareHTML**: share HTML, …": a name and a dash before the colon is a thing described.
const DASHED = /\s[—–-]\s/;

const named = (name: string): boolean => isKnownSkill(name) || findTechMentions(name, true).length > 0;

interface Listing {
  line: ContentLine;
  text: string;
  items: number;
  known: number;
  /** An area label over proper names ("Embedded: Zephyr, NuttX, Mynewt"). */
  area: boolean;
  /** A learning line ("Leveling up: Ruby, RSpec"): it shows the group is a list, but claims nothing. */
  learning: boolean;
}

/** The line as a labelled list of short names, or null. */
function listing(line: ContentLine, skip: (text: string) => boolean): Listing | null {
  if (line.type === 'row' || line.text.length > MAX_LINE || !line.text.includes(':')) return null;
  const text = normalise(line.text);
  const { label, names } = splitSkillLine(text);
  if (label === null || wordCount(label) > 4 || DASHED.test(label) || NOT_LABEL.test(label)) return null;
  if (NOT_OWN_LABEL.test(label) || isFigure(label)) return null;
  if (names.length < MIN_ITEMS || names.some((n) => wordCount(n) > 4 || CLAUSE.test(n))) return null;
  return {
    line,
    text,
    items: names.length,
    known: names.filter(named).length,
    area: namesOfArea(label, names),
    learning: skip(text),
  };
}

/** The skills of each group of consecutive labelled list lines that mostly names known technologies. */
export function labelledListLines(
  blocks: readonly RootContent[],
  skip: (text: string) => boolean,
): ShapedLine[] {
  const out: ShapedLine[] = [];
  let group: Listing[] = [];
  let previous: number | null = null;
  for (const line of contentLines(blocks)) {
    const found = listing(line, skip);
    const next = previous !== null && line.line !== null && line.line === previous + 1;
    if ((!found || !next) && group.length > 0) {
      readGroup(group, out);
      group = [];
    }
    if (found) group.push(found);
    previous = line.line;
  }
  if (group.length > 0) readGroup(group, out);
  return out;
}

// A module function, not a closure per call: tsx (keepNames) names every closure it creates.
function readGroup(group: readonly Listing[], out: ShapedLine[]): void {
  const items = group.reduce((n, g) => n + g.items, 0);
  const known = group.reduce((n, g) => n + g.known, 0);
  if ((known < MIN_ITEMS || known * 2 < items) && !group.every((g) => g.area)) return;
  for (const { line, text, learning } of group) {
    if (learning) continue;
    const { label, names } = skillLineNames({ ...line, text });
    out.push({ label, names, text: line.text, line: line.line });
  }
}
