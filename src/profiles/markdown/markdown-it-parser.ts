// markdownIt: the one markdown-it instance ingestion parses with, and the options it is given (HTML and
// bare links read, URLs kept as written, nesting handled by our own limits).
import MarkdownIt from 'markdown-it';
import { capTokens, countInline, inlineRoom } from './token-cap.js';

let parser: MarkdownIt | null = null;
export function markdownIt(): MarkdownIt {
  if (!parser) {
    // No nesting cap: past it markdown-it drops content silently; our limitDepth flattens deep trees
    // afterwards, and a stack overflow falls back to plain lines (parseWithMarkdownIt).
    parser = new MarkdownIt({ html: true, linkify: true });
    // `maxNesting` is a real option that the type definitions leave out.
    (parser.options as { maxNesting?: number }).maxNesting = Number.POSITIVE_INFINITY;
    // Keep URLs as written (markdown-it percent-encodes by default): contacts store the address as written.
    parser.normalizeLink = (url) => url;
    // text_join only merges escaped characters and entities into the text around them; the conversion
    // below merges adjacent text itself, so the tree is the same without that extra pass over the tokens.
    parser.core.ruler.disable('text_join');
    // Inline nesting stays capped (past it markdown-it reads characters as text, losing nothing):
    // uncapped, a run of "![" re-scans every label inside it, 3 s for 8 KB.
    const inline = parser.inline;
    const inlineMd = Object.create(parser, { options: { value: { ...parser.options, maxNesting: 20 } } });
    const parseInline = inline.parse.bind(inline);
    // And a file's inline tokens, all runs together, are capped (token-cap.ts).
    inline.parse = (str, _md, env, tokens) => {
      const before = tokens.length;
      parseInline(inlineRoom(str, env), inlineMd, env, tokens);
      countInline(env, tokens.length - before);
    };
    capTokens(parser);
    parser.validateLink = (url) =>
      !/^\s*(javascript|vbscript|data):/i.test(url) || /^\s*data:image\//i.test(url);
  }
  return parser;
}
