// A file's markdown makes at most MAX_BLOCK_TOKENS block and MAX_INLINE_TOKENS inline tokens: 1 MB of
// table rows, list items, headings or links made ~1.3 million tokens and ~700 MB at peak. Past the cap
// the rest is not read, with a warning; what came before (name, skills) is read as usual.
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../src/profiles/markdown/markdown.js';
import type { DocSection } from '../../../src/profiles/markdown/source-document.js';
import { MAX_BLOCK_TOKENS, MAX_INLINE_TOKENS } from '../../../src/profiles/markdown/token-cap.js';
import { countNodes, expectHeadRead, fill, HEAD } from './hostile-fill.js';

const FAMILIES: Record<string, string> = {
  'table rows': fill('|x|y|\n', '| a | b |\n|---|---|\n'),
  'table columns': `${HEAD}|${'a|'.repeat(20_000)}\n|${'-|'.repeat(20_000)}\n${`|${'x|'.repeat(20_000)}\n`.repeat(10)}`,
  'list items': fill('- x\n'),
  'nested lists': fill('- x\n  - y\n    - z\n'),
  'quotes in lists': fill('> - > - x\n'),
  headings: fill('# a\n'),
  'links in one paragraph': fill('[a](b) '),
  'emphasis in one paragraph': fill('*a* '),
};

describe('markdown token cap', () => {
  for (const [family, text] of Object.entries(FAMILIES))
    it(`reads 1 MB of ${family} only up to the token cap, says so, and keeps the name and skills`, () => {
      const { doc, warnings } = parseMarkdown(text);
      expect(countNodes(doc.root)).toBeLessThanOrEqual(MAX_BLOCK_TOKENS + MAX_INLINE_TOKENS);
      expect(warnings.map((w) => w.code)).toContain('content-cut');
      expectHeadRead(text);
    }, 60_000);

  it('reads a long real-sized profile whole: 2,000 list items and a 500-row table are far under the cap', () => {
    const items = Array.from(
      { length: 2000 },
      (_, i) => `- [Project ${i}](https://example.com/p${i}) - a tool`,
    );
    const rows = Array.from({ length: 500 }, (_, i) => `| Tool ${i} | Go | 2020 |`);
    const text = `${HEAD}${items.join('\n')}\n\n| Tool | Language | Year |\n|---|---|---|\n${rows.join('\n')}\n\n## Last\n\nThe end.\n`;
    const { doc, warnings } = parseMarkdown(text);
    expect(warnings.map((w) => w.code)).not.toContain('content-cut');
    const titles = (section: DocSection): string[] => [section.title, ...section.children.flatMap(titles)];
    expect(titles(doc.root).at(-1)).toBe('Last');
  });
});
