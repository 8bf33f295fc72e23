// fromLine, nestedItems, itemWithImages: an experience section's list items as entries, their
// highlights and their images' names (extract-experience.ts).
import type { ListItem, RootContent } from 'mdast';
import type { ContentLine } from '../markdown/content-lines.js';
import { plainText } from '../markdown/plain-text.js';
import type { Experience } from '../model/profile.js';
import { bracketEntry } from './bracket-entry.js';
import { fieldEntry } from './field-entry.js';
import { parseEntryText, ROLE_WORDS } from './parse-entry-text.js';

export function fromLine(line: ContentLine): Experience {
  // Plain highlights ("Architected queue-driven worker systems…") have no title/org; only short,
  // dated or separated lines are read as "role — organisation" entries.
  const fields = fieldEntry(line.text) ?? bracketEntry(line.text, (t) => ROLE_WORDS.test(t));
  const parts = fields ?? parseEntryText(line.text);
  const structured =
    fields !== null || parts.period !== null || (parts.title !== null && line.text.length <= 100);
  return {
    text: line.text,
    title: structured ? parts.title : null,
    organization: structured ? parts.organization : null,
    period: parts.period,
    highlights: [],
    line: line.line,
  };
}

/** Highlights are the nested items of a top-level item, or the section's items under an entry heading. */
export function nestedItems(blocks: readonly RootContent[]): Map<number | null, string[]> {
  const map = new Map<number | null, string[]>();
  for (const block of blocks) {
    if (block.type !== 'list') continue;
    for (const item of block.children as ListItem[]) {
      const nested = item.children.filter((c) => c.type === 'list');
      const texts = nested.flatMap((l) =>
        l.type === 'list' ? l.children.map((c) => plainText(c).replace(/\n/g, ' ')) : [],
      );
      map.set(item.position?.start.line ?? null, texts.filter(Boolean));
    }
  }
  return map;
}

/** The top-level list item at `line` as text with its images' names; null when there is none. */
export function itemWithImages(blocks: readonly RootContent[], line: number | null): string | null {
  for (const block of blocks) {
    if (block.type !== 'list') continue;
    const item = (block.children as ListItem[]).find((i) => (i.position?.start.line ?? null) === line);
    if (!item) continue;
    const own = item.children.filter((c) => c.type !== 'list');
    return (
      own
        .map((c) => plainText(c).replace(/\n/g, ' '))
        .join(' ')
        .trim() || null
    );
  }
  return null;
}
