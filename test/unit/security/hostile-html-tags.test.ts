// A file's block HTML is read up to MAX_HTML_TAGS tags: 1 MB of `<li>`, `<div>` or table cells in one HTML
// block made ~200,000 elements through parse5, hast and mdast, and peaked at ~700 MB. Past the cap the
// rest is not read, with a warning; what came before (name, skills) is read as usual.
import { describe, expect, it } from 'vitest';
import { MAX_HTML_TAGS } from '../../../src/profiles/markdown/html-tag-cap.js';
import { parseMarkdown } from '../../../src/profiles/markdown/markdown.js';
import type { DocSection } from '../../../src/profiles/markdown/source-document.js';
import { countNodes, expectHeadRead, fill, HEAD } from './hostile-fill.js';

const FAMILIES: Record<string, string> = {
  'list items left open': fill('<li>a', '<ul>'),
  'nested divs': fill('<div>'),
  'closed divs': fill('<div>a</div>'),
  'bold tags left open': fill('<b>', '<p>'),
  'table cells': fill('<td>a', '<table>'),
  'nested tables': fill('<table><tr><td>'),
  'line breaks': fill('a<br>', '<p>'),
};

describe('HTML tag cap', () => {
  for (const [family, text] of Object.entries(FAMILIES))
    it(`reads 1 MB of ${family} only up to the HTML tag cap, says so, and keeps the name and skills`, () => {
      const { doc, warnings } = parseMarkdown(text);
      // A tag makes at most a few nodes (a list item, its paragraph, its text).
      expect(countNodes(doc.root)).toBeLessThanOrEqual(4 * MAX_HTML_TAGS);
      expect(warnings.map((w) => w.code)).toContain('content-cut');
      expectHeadRead(text);
    }, 60_000);

  it('reads a long real-sized HTML profile whole: 1,000 badges and a 300-row table are far under the cap', () => {
    const badges = Array.from(
      { length: 1000 },
      (_, i) =>
        `<a href="https://example.com/t${i}"><img src="https://img.example/t${i}.svg" alt="Tool ${i}"/></a>`,
    );
    const rows = Array.from({ length: 300 }, (_, i) => `<tr><td>Tool ${i}</td><td>Go</td></tr>`);
    const text = `${HEAD}<p align="center">\n${badges.join('\n')}\n</p>\n\n<table>\n${rows.join('\n')}\n</table>\n\n<h2>Last</h2>\n\n<p>The end.</p>\n`;
    const { doc, warnings } = parseMarkdown(text);
    expect(warnings.map((w) => w.code)).not.toContain('content-cut');
    const titles = (section: DocSection): string[] => [section.title, ...section.children.flatMap(titles)];
    expect(titles(doc.root).at(-1)).toBe('Last');
  });
});
