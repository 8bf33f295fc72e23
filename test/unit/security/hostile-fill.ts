// Test helpers for the parse caps: a real head (name, skills) followed by ~1 MB of one hostile shape, and
// the count of tree nodes a parsed document holds.
import type { Node, Parent } from 'mdast';
import { expect } from 'vitest';
import type { DocSection } from '../../../src/profiles/markdown/source-document.js';
import { parseProfile } from '../../../src/profiles/parse-profile.js';

export const HEAD = '# Ann Example\n\nBackend engineer.\n\n## Skills\n\n- Rust\n- Go\n\n## Notes\n\n';

/** HEAD, then `prefix`, then `unit` repeated up to about 1 MB. */
export const fill = (unit: string, prefix = '') =>
  HEAD + prefix + unit.repeat(Math.floor((1_000_000 - HEAD.length - prefix.length) / unit.length));

/** Tree nodes in the parsed document (sections' headings and blocks, all the way down); no recursion per node. */
export function countNodes(section: DocSection): number {
  let count = 0;
  const stack: Node[] = [...(section.heading ? [section.heading] : []), ...section.blocks];
  while (stack.length > 0) {
    const node = stack.pop()!;
    count++;
    for (const child of (node as Parent).children ?? []) stack.push(child);
  }
  for (const child of section.children) count += countNodes(child);
  return count;
}

/** The whole file still parses, with HEAD's name and skills read: a cap cuts the filler, never the head. */
export function expectHeadRead(text: string): void {
  const parsed = parseProfile(new TextEncoder().encode(text), 'ann-example.md');
  if (!parsed.ok) throw new Error(parsed.rejected.reason);
  expect(parsed.profile.name).toBe('Ann Example');
  expect(parsed.profile.skills.map((s) => s.name)).toEqual(expect.arrayContaining(['Rust', 'Go']));
}
