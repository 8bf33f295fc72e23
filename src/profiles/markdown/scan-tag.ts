// scanStartTag / scanEndTag: the tags of parseSimpleHtml read by hand, character by character. They read
// exactly what the patterns they replace read (in the comments); by hand because regex match arrays and
// fresh lower-cased keys cost a quarter of reading a README's HTML.
import { decodeHTMLAttribute } from 'entities/decode';

export interface StartTag {
  /** Lower-cased tag name. */
  tag: string;
  /** href, src, alt and title (the first of each), entities decoded: all the converters read. */
  properties: Record<string, string>;
  /** Offset just past the tag's ">". */
  end: number;
}

const isLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
/** HTML whitespace ([ \t\n\f]; JavaScript's \s also takes no-break and other Unicode spaces). */
const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c;

/** End of a tag name at `from` (/[a-zA-Z][a-zA-Z0-9-]{0,30}/), or 0 for none. */
function tagNameEnd(html: string, from: number): number {
  if (!isLetter(html.charCodeAt(from))) return 0;
  const limit = Math.min(html.length, from + 31);
  let end = from + 1;
  for (; end < limit; end++) {
    const c = html.charCodeAt(end);
    if (!isLetter(c) && !(c >= 0x30 && c <= 0x39) && c !== 0x2d) break;
  }
  return end;
}

function lowerAscii(name: string): string {
  for (let k = 0; k < name.length; k++) {
    const c = name.charCodeAt(k);
    if (c >= 0x41 && c <= 0x5a) return name.toLowerCase();
  }
  return name;
}

/** The attribute names the converters read, as constants (cheap to use as keys), or null for the rest. */
function keptAttribute(name: string): 'href' | 'src' | 'alt' | 'title' | null {
  if (name.length < 3 || name.length > 5) return null;
  const key = lowerAscii(name);
  if (key === 'href') return 'href';
  if (key === 'src') return 'src';
  if (key === 'alt') return 'alt';
  return key === 'title' ? 'title' : null;
}

const skipSpaces = (html: string, at: number): number => {
  while (at < html.length && isSpace(html.charCodeAt(at))) at++;
  return at;
};
// Characters that end an attribute name ([^ \t\n\f/>"'<=]) and an unquoted value ([^ \t\n\f>"'<`]).
const ENDS_NAME = ' \t\n\f/>"\'<=';
const ENDS_VALUE = ' \t\n\f>"\'<`';

/** Whether "<" at `i` opens a start tag (a letter follows); otherwise HTML reads it as text. */
export const opensTag = (html: string, i: number): boolean => isLetter(html.charCodeAt(i + 1));

/**
 * A start tag at `i` ("<" included), or null when its syntax is not the plain one. Each attribute is
 * /[ \t\n\f]+([^ \t\n\f/>"'<=]{1,60})(?:[ \t\n\f]*=[ \t\n\f]*(?:"([^"]*)"|'([^']*)'|([^ \t\n\f>"'<`]+)))?/y,
 * and the tag ends with /[ \t\n\f]*\/?>/y.
 */
export function scanStartTag(html: string, i: number): StartTag | null {
  const nameEnd = tagNameEnd(html, i + 1);
  if (nameEnd === 0) return null;
  const properties: Record<string, string> = {};
  let at = nameEnd;
  for (;;) {
    const nameStart = skipSpaces(html, at);
    if (nameStart === at) break;
    let j = nameStart;
    while (j < html.length && j - nameStart < 60 && !ENDS_NAME.includes(html[j]!)) j++;
    if (j === nameStart) break;
    at = j;
    let from = -1;
    let to = -1;
    const eq = skipSpaces(html, j);
    if (html.charCodeAt(eq) === 0x3d) {
      const v = skipSpaces(html, eq + 1);
      const quote = html[v];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, v + 1);
        if (close !== -1) {
          from = v + 1;
          to = close;
          at = close + 1;
        }
      } else {
        let m = v;
        while (m < html.length && !ENDS_VALUE.includes(html[m]!)) m++;
        if (m > v) {
          from = v;
          to = m;
          at = m;
        }
      }
    }
    // The first of two same-named attributes wins; only the four the converters read are kept.
    const key = keptAttribute(html.slice(nameStart, j));
    if (key === null || properties[key] !== undefined) continue;
    const raw = from === -1 ? '' : html.slice(from, to);
    properties[key] = raw.includes('&') ? decodeHTMLAttribute(raw) : raw;
  }
  let end = skipSpaces(html, at);
  if (html.charCodeAt(end) === 0x2f) end++;
  if (html.charCodeAt(end) !== 0x3e) return null;
  return { tag: lowerAscii(html.slice(i + 1, nameEnd)), properties, end: end + 1 };
}

/** An end tag at `i` (/<\/([a-zA-Z][a-zA-Z0-9-]{0,30})[ \t\n\f]*>/y): its lower-cased name and end, or null. */
export function scanEndTag(html: string, i: number): { tag: string; end: number } | null {
  const nameEnd = tagNameEnd(html, i + 2);
  if (nameEnd === 0) return null;
  const close = skipSpaces(html, nameEnd);
  if (html.charCodeAt(close) !== 0x3e) return null;
  return { tag: lowerAscii(html.slice(i + 2, nameEnd)), end: close + 1 };
}
