// codeSpanRows: a paragraph made only of code spans ("`PHP` `Laravel` `Nuxt` `Nginx`" under "## 🧩 Stack")
// is a row of tags, a list of the author's technologies like a row of badges, when most tags are known.
import type { RootContent } from 'mdast';
import { lookupTechnology } from '../vocabulary/tech-vocabulary.js';
import { looksTechnical } from './looks-technical.js';
import { wordCount } from './word-count.js';

const MIN_TAGS = 3;
const MAX_TAGS = 80;
// Between tags: spaces and list marks only ("`Go` · `Rust`", "`Go`, `Rust`"); words make it a sentence.
const SEPARATOR = /^[\s,;·•|/]*$/;

export interface CodeSpanRow {
  names: string[];
  text: string;
  line: number | null;
}

const known = (tag: string): boolean => {
  const tech = lookupTechnology(tag);
  return tech !== undefined && tech.kind !== 'platform';
};

/** The tags of each paragraph of the blocks that is nothing but three or more code spans, mostly known names. */
export function codeSpanRows(blocks: readonly RootContent[]): CodeSpanRow[] {
  const out: CodeSpanRow[] = [];
  for (const block of blocks) {
    if (block.type !== 'paragraph' || block.children.length > MAX_TAGS * 2) continue;
    const tags: string[] = [];
    let other = false;
    for (const child of block.children) {
      if (child.type === 'inlineCode') tags.push(child.value.trim());
      else if (child.type !== 'break' && !(child.type === 'text' && SEPARATOR.test(child.value)))
        other = true;
    }
    if (other || tags.length < MIN_TAGS) continue;
    const found = tags.filter(known);
    if (found.length * 2 < tags.length) continue;
    // Unknown tags count when they look like names of tools ("FastAPI-Users"), not words ("clean code").
    const names = tags.filter(
      (t) => t.length <= 40 && (known(t) || (wordCount(t) <= 2 && looksTechnical(t))),
    );
    out.push({ names, text: tags.join(' '), line: block.position?.start.line ?? null });
  }
  return out;
}
