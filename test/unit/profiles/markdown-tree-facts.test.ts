// parseMarkdown converts HTML only in the nodes that held it while the tree was built, and walks the tree
// for depth only when it got deep: the blocks must equal those of the full walks (depth limit over the
// whole tree, then HTML conversion at every node), whatever the nesting of HTML in lists, quotes, tables,
// emphasis and links, and no raw HTML may remain anywhere.
import fc from 'fast-check';
import type { Nodes, Parent, PhrasingContent, RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { defuseEmphasis } from '../../../src/profiles/markdown/defuse-emphasis.js';
import { newHtmlBudget } from '../../../src/profiles/markdown/html-tag-cap.js';
import { htmlToBlocks } from '../../../src/profiles/markdown/html-to-mdast.js';
import { inlineHtmlToMdast } from '../../../src/profiles/markdown/inline-html-to-mdast.js';
import { limitDepth } from '../../../src/profiles/markdown/limit-depth.js';
import { parseMarkdown } from '../../../src/profiles/markdown/markdown.js';
import { parseWithMarkdownIt } from '../../../src/profiles/markdown/markdown-it-to-mdast.js';
import type { DocSection } from '../../../src/profiles/markdown/source-document.js';

const MAX_DEPTH = 64;

const piece = fc.constantFrom(
  '<a href="https://example.com/x">',
  '</a>',
  '<img src="https://example.com/i.png" alt="Go">',
  '<br>',
  '<!-- hidden -->',
  '<p align="center">',
  '</p>',
  '<div>',
  '</div>',
  '<sub>note</sub>',
  '<h2>Skills</h2>',
  '<table><tr><td>Rust</td></tr></table>',
  '**',
  '_',
  '~~',
  '[link](https://example.com/l)',
  '[',
  '](https://example.com)',
  '`code`',
  '- ',
  '  - ',
  '> ',
  '1. ',
  '| a | b |\n|---|---|\n| ',
  '# ',
  '\n',
  '\n\n',
  ' ',
  'text',
);
const markdownish = fc.array(piece, { maxLength: 50 }).map((parts) => parts.join(''));
/** Deep nesting: quotes, lists or emphasis far past the limit, with HTML inside. */
const deep = fc
  .tuple(fc.constantFrom('> ', '- ', '* ', '[', '<div>'), fc.integer({ min: 1, max: 90 }), markdownish)
  .map(([open, times, inside]) => `${open.repeat(times)}${inside}`);

const FLOW = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

/** The walk parseMarkdown used before: every node of the tree, converted where it holds HTML. */
function convertEverywhere(parent: Parent): void {
  if (parent.children.some((c) => c.type === 'html')) {
    parent.children = (
      FLOW.has(parent.type)
        ? (parent.children as RootContent[]).flatMap((c) =>
            c.type === 'html' ? htmlToBlocks(c, newHtmlBudget()) : [c],
          )
        : inlineHtmlToMdast(parent.children as PhrasingContent[])
    ) as Parent['children'];
  }
  for (const child of parent.children) if ('children' in child) convertEverywhere(child as Parent);
}

/** The document's blocks back in file order (headings where their sections start). */
function blocksInOrder(section: DocSection): Nodes[] {
  return [
    ...(section.heading ? [section.heading] : []),
    ...section.blocks,
    ...section.children.flatMap(blocksInOrder),
  ];
}

function deepestAndHtml(doc: { root: DocSection }): { deepest: number; html: number } {
  let deepest = 0;
  let html = 0;
  const stack: [Nodes, number][] = [];
  const sections: DocSection[] = [doc.root];
  while (sections.length > 0) {
    const section = sections.pop()!;
    sections.push(...section.children);
    for (const block of section.blocks) stack.push([block, 1]);
    if (section.heading) stack.push([section.heading, 1]);
  }
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node.type === 'html') html++;
    if ('children' in node) {
      deepest = Math.max(deepest, depth);
      for (const child of node.children) stack.push([child as Nodes, depth + 1]);
    }
  }
  return { deepest, html };
}

describe('parseMarkdown tree facts', () => {
  it('gives the blocks of the full depth and HTML walks, with no raw HTML left', () => {
    let deepOnes = 0;
    fc.assert(
      fc.property(fc.oneof(markdownish, deep), (text) => {
        const { doc } = parseMarkdown(text);
        const { tree } = parseWithMarkdownIt(defuseEmphasis(text).text);
        if (limitDepth(tree, MAX_DEPTH)) deepOnes++;
        convertEverywhere(tree);
        expect(blocksInOrder(doc.root)).toEqual(tree.children);
        expect(deepestAndHtml(doc).html).toBe(0);
      }),
      { numRuns: 400 },
    );
    expect(deepOnes).toBeGreaterThan(10);
  });

  it('says so when it flattened content nested past the limit', () => {
    const { warnings } = parseMarkdown(`${'> '.repeat(80)}<a href="https://example.com">deep</a>`);
    expect(warnings.map((w) => w.code)).toContain('nesting-flattened');
  });
});
