// Inline HTML tags inside a paragraph (<a href>…</a>, <img>, <br>, <sub>) regrouped into mdast phrasing.
import type { Element } from 'hast';
import type { PhrasingContent } from 'mdast';
import type { Position } from 'unist';
import { appendAll } from '../../text/append-all.js';
import { attr, parseFragment, phrasing, shifter, span } from './hast-to-phrasing.js';

const COMMENT = /^<!--/;
const OPEN_A = /^<a\b/i;
const CLOSE_A = /^<\/a\s*>$/i;

interface Frame {
  url: string | null;
  title: string | null;
  position: Position | undefined;
  children: PhrasingContent[];
}

/** Phrasing children holding inline `html` nodes → proper links/images/breaks; other tags keep their text. */
export function inlineHtmlToMdast(children: readonly PhrasingContent[]): PhrasingContent[] {
  const root: Frame = { url: null, title: null, position: undefined, children: [] };
  const stack: Frame[] = [root];
  const close = (frame: Frame, into: Frame) => {
    if (frame.url) {
      const position =
        frame.position && span(frame.children) ? span([frame, ...frame.children]) : frame.position;
      into.children.push({
        type: 'link',
        url: frame.url,
        title: frame.title,
        children: frame.children,
        position,
      });
    } else appendAll(into.children, frame.children);
  };
  for (const child of children) {
    const top = stack.at(-1)!;
    if (child.type !== 'html') {
      top.children.push(child);
      continue;
    }
    const value = child.value.trim();
    if (COMMENT.test(value)) continue;
    if (CLOSE_A.test(value)) {
      if (stack.length > 1) close(stack.pop()!, stack.at(-1)!);
      continue;
    }
    const parsed = parseFragment(value).children;
    const anchor = OPEN_A.test(value) ? parsed.find((n): n is Element => n.type === 'element') : undefined;
    if (anchor?.tagName === 'a' && anchor.children.length === 0) {
      // As in HTML, a new <a> closes any open one: links never nest (and so never nest deeply).
      while (stack.length > 1) close(stack.pop()!, stack.at(-1)!);
      stack.push({
        url: attr(anchor, 'href'),
        title: attr(anchor, 'title'),
        position: child.position,
        children: [],
      });
      continue;
    }
    const shift = shifter(child.position);
    appendAll(
      top.children,
      parsed.flatMap((n) => phrasing(n, shift)),
    );
  }
  while (stack.length > 1) close(stack.pop()!, stack.at(-1)!);
  return root.children;
}
