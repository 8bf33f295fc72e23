// openElement and closeElement: the HTML open-element rules parseSimpleHtml (simple-html.ts) reproduces,
// and which start and end tags it refuses because HTML would change more than one open element.
import type { Element, Root } from 'hast';
import { html as htmlSpec } from 'parse5';

export const VOID = new Set(['br', 'img', 'hr', 'source', 'wbr']);
/** Elements read the ordinary way (no implied ends, no special tokenising, no scope rules). */
const PLAIN = new Set(
  'a abbr b bdi bdo big cite code data del dfn em font i ins kbd mark q s samp small span strike strong sub sup time tt u var picture address article aside blockquote center details div figcaption figure footer h1 h2 h3 h4 h5 h6 header hgroup main nav ol p pre section summary ul li'.split(
    ' ',
  ),
);
/** Start tags that close an open <p> (HTML "close a p element"): refused while one is open. */
const CLOSES_P = new Set(
  'address article aside blockquote center details div figcaption figure footer h1 h2 h3 h4 h5 h6 header hgroup hr main nav ol p pre section summary ul li'.split(
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

/** Tags read as ordinary elements: the listed ones, and names HTML gives no meaning (custom tags). */
export function readable(tag: string): boolean {
  return PLAIN.has(tag) || VOID.has(tag) || htmlSpec.getTagID(tag) === htmlSpec.TAG_ID.UNKNOWN;
}

/** Whether an element of this name is open (the root aside). */
export function isOpen(stack: readonly (Root | Element)[], tag: string): boolean {
  for (let k = stack.length - 1; k > 0; k--) if ((stack[k] as Element).tagName === tag) return true;
  return false;
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Whether a start tag can be read without the HTML rules that change the open elements beyond one: an
 * open <p> that the tag closes is popped when it is the current node (the common "<p>…<div>").
 */
export function openElement(stack: (Root | Element)[], tag: string): boolean {
  if ((CLOSES_P.has(tag) || tag === 'table') && isOpen(stack, 'p')) {
    if ((stack[stack.length - 1] as Element).tagName !== 'p') return false;
    stack.pop();
  }
  if (tag === 'a' && isOpen(stack, 'a')) return false;
  const top = stack[stack.length - 1]!;
  if (HEADINGS.has(tag) && top.type === 'element' && HEADINGS.has(top.tagName)) return false;
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
export function closeElement(stack: (Root | Element)[], tag: string): boolean {
  // An end tag with nothing of its name open is ignored (</p> and </br> instead insert an element).
  if (tag !== 'p' && readable(tag)) if (!isOpen(stack, tag)) return true;
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
