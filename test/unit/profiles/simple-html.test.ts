// parseSimpleHtml: the fast reader of plain README HTML reads exactly as parse5 does, and refuses the rest.
import fc from 'fast-check';
import type { Root, RootContent } from 'hast';
import { describe, expect, it } from 'vitest';
import { parseFragmentFully } from '../../../src/profiles/markdown/hast-to-phrasing.js';
import { parseSimpleHtml } from '../../../src/profiles/markdown/simple-html.js';

/** What the converters read of a hast tree: types, tags, the four attributes, texts and start positions. */
function shape(node: Root | RootContent): unknown {
  const out: Record<string, unknown> = { type: node.type };
  if (node.type === 'element') {
    out.tag = node.tagName;
    for (const key of ['href', 'src', 'alt', 'title']) {
      const value = node.properties[key];
      if (value !== undefined) out[key] = Array.isArray(value) ? value.join(' ') : String(value);
    }
  }
  if ('value' in node) out.value = node.value;
  if (node.type !== 'root' && node.position) out.at = [node.position.start.line, node.position.start.column];
  if ('children' in node) out.children = node.children.map(shape);
  return out;
}

const READ_SIMPLY = [
  '<p align="center">\n  <a href="https://example.com/ana"><img src="https://img.shields.io/badge/Rust-black?logo=rust&amp;x=1&label=Go" alt="Rust"/></a>\n  <br/>\n  <sub>Cloud</sub>\n</p>',
  '<h1 align="center">Ana Silva</h1>',
  '<!-- old: Intern at Nowhere -->',
  'a<!-- x -->b &amp; c &nbsp;&copy; &#x1F600; &#128512; AT&T &notit; 1 < 2',
  '<img src=https://example.com/a.png?x=1&y=2 alt=Ana/>',
  '<details>\n<summary>More</summary>\n<ul>\n<li>Go</li>\n<li>Rust\n</ul>\n</details>',
  '<ul><li>Go</li><li><ul><li>Rust</li></ul></li></ul>',
  '<div><p>one\n<b>two</b></div>',
  '</sub>',
  '<a href="https://example.com/ana">',
  '<bold>Ana</bold> <g-emoji alias="wave">👋</g-emoji>',
  '<img alt="first" alt="second" src="x.png" TITLE="Title">',
  '<div/>text',
  '<table>\n  <thead>\n    <tr><th>Tool</th><th>Years</th></tr>\n  </thead>\n  <!-- c -->\n  <tbody>\n    <tr><td><a href="x">Go</a></td><td>5</td></tr>\n  </tbody>\n</table>',
  '<table><tr><td>Go</td></tr></table>',
  '<table>\n<tr>\n<td valign="top" width="50%">',
  '</td>\n<td valign="top" width="50%">',
  '</td>\n</tr>\n</table>',
  '</td></tr>\n<tr><td>Rust',
  '<div><table><tr><td><p>one</td></tr></table>after</div>',
  '<p>one<p>two',
  '<p>one<div>two</div>',
  '<p>one<table><tr><td>x</td></tr></table>',
  '<div>one</p>two</div>',
  '<div>one</br>two</div>',
  '<div><p>one</br>',
  '</p>',
  '</br>',
  '<pre>\ncode</pre>',
  '<pre>\n  code\n</pre>',
  '<pre>\n</pre>',
];

const LEFT_TO_PARSE5 = [
  '<table>text<tr><td>Go</td></tr></table>',
  '<table><td>Go</td></table>',
  '<table><tr><td>Go</tr></table>',
  '<table><tr><td>Go<td>Rust</td></tr></table>',
  '<table><caption>x</caption></table>',
  '<p><b>one<div>two</div>',
  '<b><p>one</b>two</p>',
  '<a href="x"><a href="y">two</a>',
  '<pre>\n&amp;code</pre>',
  '<script>let a = "<b>";</script>',
  '<svg><text>x</text></svg>',
  '<!-->',
  'text\r\nmore',
  '<li>one<li>two',
  '<h1>one<h2>two</h2>',
  '<!DOCTYPE html>',
];

describe('parseSimpleHtml', () => {
  it.each(READ_SIMPLY)('reads %j exactly as parse5 does', (html) => {
    const simple = parseSimpleHtml(html);
    expect(simple).not.toBeNull();
    expect(shape(simple!)).toEqual(shape(parseFragmentFully(html)));
  });

  it.each(LEFT_TO_PARSE5)('leaves %j to parse5', (html) => {
    expect(parseSimpleHtml(html)).toBeNull();
  });

  it('reads any mix of README tags, text and references as parse5 does whenever it accepts it', () => {
    const piece = fc.constantFrom(
      '<p>',
      '</p>',
      '<p align="center">',
      '<div>',
      '</div>',
      '<a href="https://x.dev/a?b=1&c=2">',
      '</a>',
      '<img src="i.png" alt="Go &amp; Rust">',
      '<br>',
      '<b>',
      '</b>',
      '<sub>',
      '</sub>',
      '<ul>',
      '</ul>',
      '<li>',
      '</li>',
      '<h3>',
      '</h3>',
      '<details>',
      '</details>',
      '<table>',
      '</table>',
      '<tbody>',
      '</tbody>',
      '<thead>',
      '<tr>',
      '</tr>',
      '<td>',
      '<td width="50%">',
      '</td>',
      '<th>',
      '</th>',
      '<pre>',
      '</pre>',
      '<pre>\n',
      '\n  ',
      '<!-- c -->',
      '<x-y>',
      '</x-y>',
      'text ',
      '\n',
      ' & ',
      '&nbsp;',
      '&amp',
      '<3',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const html = pieces.join('');
        const simple = parseSimpleHtml(html);
        if (simple) expect(shape(simple)).toEqual(shape(parseFragmentFully(html)));
      }),
      { numRuns: 3000 },
    );
  });
});
