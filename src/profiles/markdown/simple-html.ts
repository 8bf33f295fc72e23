// parseSimpleHtml: the plain, well-nested HTML that profile READMEs use (<p align>, <a><img></a>, <br>,
// <sub>, <details>, comments) read straight into hast, or null when anything needs the full HTML
// algorithm (parse5). parse5 costs ~20 % of parsing a real README; this reads the common case in a
// single pass and refuses everything whose HTML reading it does not reproduce exactly.
import { decodeHTML, decodeHTMLAttribute } from 'entities/decode';
import type { Element, ElementContent, Root } from 'hast';
import { html as htmlSpec } from 'parse5';

const VOID = new Set(['br', 'img', 'hr', 'source', 'wbr']);
/** Elements read the ordinary way (no implied ends, no special tokenising, no scope rules). */
const PLAIN = new Set(
  'a abbr b bdi bdo big cite code data del dfn em font i ins kbd mark q s samp small span strike strong sub sup time tt u var picture address article aside blockquote center details div figcaption figure footer h1 h2 h3 h4 h5 h6 header hgroup main nav ol p section summary ul li'.split(
    ' ',
  ),
);
/** Start tags that close an open <p> (HTML "close a p element"): refused while one is open. */
const CLOSES_P = new Set(
  'address article aside blockquote center details div figcaption figure footer h1 h2 h3 h4 h5 h6 header hgroup hr main nav ol p section summary ul li'.split(
    ' ',
  ),
);
/** Elements whose end tag is implied by an ancestor's end tag. */
const IMPLIED_END = new Set(['p', 'li']);
/** HTML "special" elements met when an <li> looks for an open <li> (address, div and p excepted). */
const STOPS_LI = new Set(
  'article aside blockquote center details figcaption figure footer h1 h2 h3 h4 h5 h6 header hgroup main nav ol section summary ul'.split(
    ' ',
  ),
);
const TAG_NAME = /[a-zA-Z][a-zA-Z0-9-]{0,30}/y;
// [ \t\n\f] is HTML whitespace (JavaScript's \s also takes no-break and other Unicode spaces).
const ATTRIBUTE =
  /[ \t\n\f]+([^ \t\n\f/>"'<=]{1,60})(?:[ \t\n\f]*=[ \t\n\f]*(?:"([^"]*)"|'([^']*)'|([^ \t\n\f>"'<`]+)))?/y;
const TAG_END = /[ \t\n\f]*\/?>/y;
const END_TAG = /<\/([a-zA-Z][a-zA-Z0-9-]{0,30})[ \t\n\f]*>/y;

interface Place {
  line: number;
  column: number;
  offset: number;
}

/** Fragment HTML → hast (positions relative to the fragment), or null to fall back to parse5. */
export function parseSimpleHtml(html: string): Root | null {
  if (html.includes('\r') || html.includes('\0')) return null;
  const root: Root = { type: 'root', children: [] };
  const stack: (Root | Element)[] = [root];
  let line = 1;
  let lineStart = 0;
  const place = (offset: number): Place => {
    for (let i = html.indexOf('\n', lineStart); i !== -1 && i < offset; i = html.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    return { line, column: offset - lineStart + 1, offset };
  };
  const add = (node: ElementContent) => (stack.at(-1)!.children as ElementContent[]).push(node);
  // HTML reads a run of characters as one text node, "<" that starts no tag included.
  const addText = (raw: string, from: number, to: number): void => {
    const value = raw.includes('&') ? decodeHTML(raw) : raw;
    const siblings = stack.at(-1)!.children;
    const last = siblings.at(-1);
    if (last?.type === 'text') {
      last.value += value;
      last.position = { start: last.position!.start, end: place(to) };
    } else add({ type: 'text', value, position: { start: place(from), end: place(to) } });
  };
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const textEnd = lt === -1 ? html.length : lt;
    if (textEnd > i) addText(html.slice(i, textEnd), i, textEnd);
    if (lt === -1) break;
    i = lt;
    const next = html[i + 1] ?? '';
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4);
      const body = close === -1 ? '' : html.slice(i + 4, close);
      // Abrupt ("<!-->"), unterminated and "--!>" comments end differently in HTML.
      if (close === -1 || body.startsWith('>') || body.startsWith('->') || body.includes('--!>')) return null;
      const start = place(i);
      i = close + 3;
      add({ type: 'comment', value: body, position: { start, end: place(i) } });
      continue;
    }
    if (next === '/') {
      END_TAG.lastIndex = i;
      const end = END_TAG.exec(html);
      if (!end) return null;
      const tag = end[1]!.toLowerCase();
      // "</br>" is read as a <br> (by parse5 without a position): left to parse5.
      if (tag === 'br' || !closeElement(stack, tag)) return null;
      i = END_TAG.lastIndex;
      continue;
    }
    TAG_NAME.lastIndex = i + 1;
    const name = TAG_NAME.exec(html);
    if (!name) {
      if (next === '!' || next === '?') return null;
      addText('<', i, i + 1);
      i++;
      continue;
    }
    const tag = name[0].toLowerCase();
    if (!readable(tag)) return null;
    const properties: Record<string, string> = {};
    let at = TAG_NAME.lastIndex;
    for (;;) {
      ATTRIBUTE.lastIndex = at;
      const attribute = ATTRIBUTE.exec(html);
      if (!attribute) break;
      const key = attribute[1]!.toLowerCase();
      const raw = attribute[2] ?? attribute[3] ?? attribute[4] ?? '';
      const value = raw.includes('&') ? decodeHTMLAttribute(raw) : raw;
      // The first of two same-named attributes wins; only the four the converters read are kept.
      if (!(key in properties) && (key === 'href' || key === 'src' || key === 'alt' || key === 'title'))
        properties[key] = value;
      at = ATTRIBUTE.lastIndex;
    }
    TAG_END.lastIndex = at;
    if (!TAG_END.exec(html)) return null;
    if (!openElement(stack, tag)) return null;
    const start = place(i);
    i = TAG_END.lastIndex;
    const element: Element = {
      type: 'element',
      tagName: tag,
      properties,
      children: [],
      position: { start, end: place(i) },
    };
    add(element);
    if (!VOID.has(tag)) stack.push(element);
    // Deeper nesting goes to parse5, whose reader flattens it.
    if (stack.length > 40) return null;
  }
  return root;
}

/** Tags read as ordinary elements: the listed ones, and names HTML gives no meaning (custom tags). */
function readable(tag: string): boolean {
  return PLAIN.has(tag) || VOID.has(tag) || htmlSpec.getTagID(tag) === htmlSpec.TAG_ID.UNKNOWN;
}

/** Whether a start tag can be read without the HTML rules that change the open elements. */
function openElement(stack: readonly (Root | Element)[], tag: string): boolean {
  const open = (t: string) => stack.some((n) => n.type === 'element' && n.tagName === t);
  if (CLOSES_P.has(tag) && open('p')) return false;
  if (tag === 'a' && open('a')) return false;
  const top = stack.at(-1)!;
  if (/^h[1-6]$/.test(tag) && top.type === 'element' && /^h[1-6]$/.test(top.tagName)) return false;
  if (tag === 'li') {
    for (let k = stack.length - 1; k > 0; k--) {
      const name = (stack[k] as Element).tagName;
      if (name === 'li') return false;
      if (STOPS_LI.has(name)) break;
    }
  }
  return true;
}

/** Pops an end tag's element; false when HTML would do something else (re-open, adopt, pop others). */
function closeElement(stack: (Root | Element)[], tag: string): boolean {
  // An end tag with nothing of its name open is ignored (</p> and </br> instead insert an element).
  if (tag !== 'p' && readable(tag))
    if (!stack.some((n) => n.type === 'element' && n.tagName === tag)) return true;
  for (let k = stack.length - 1; k > 0; k--) {
    const name = (stack[k] as Element).tagName;
    if (name === tag) {
      stack.length = k;
      return true;
    }
    // Only elements whose end is implied (<p>, <li>) may be closed on the way, and only by a block's end.
    if (!IMPLIED_END.has(name) || !CLOSES_P.has(tag) || tag === 'p') return false;
  }
  return false;
}
