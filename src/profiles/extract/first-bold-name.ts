// firstBoldName: a full name in bold in a README's first paragraph of text, one of the places
// findStatedName (stated-name.ts) reads a name from.
import type { Nodes, RootContent } from 'mdast';
import { plainText } from '../markdown/plain-text.js';
import { readPersonName } from './read-person-name.js';

const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:a|an|the|my|our|un|una|um|uma|le|la|el|ein|eine)\s{1,3}$/iu;

/** The first bold run of a README's first paragraph of text when it is a full name ("**Jane Doe**, engineer"). */
export function firstBoldName(blocks: readonly RootContent[], handle: string | null): string | null {
  // The text without alts (cached by contentLines) is non-empty for nearly every paragraph, and then so is
  // the text with them: only a paragraph of images needs its text with alts.
  const paragraph = blocks.find(
    (b) =>
      b.type === 'paragraph' &&
      (plainText(b, { includeImageAlt: false }).length > 0 || plainText(b).length > 0),
  );
  if (paragraph?.type !== 'paragraph') return null;
  const at = paragraph.children.findIndex((c) => c.type === 'strong');
  if (at < 0) return null;
  const strong = paragraph.children[at]!;
  // "I'm a **BS Information Systems** student", "the **Acme Platform** team": a bold after an article
  // describes something, it is no name.
  const before = paragraph.children[at - 1];
  if (before?.type === 'text' && ARTICLE_BEFORE.test(before.value)) return null;
  const text = plainText(strong as Nodes);
  const name = readPersonName(text, { handle });
  return name && name === text.trim() && name.includes(' ') ? name : null;
}
