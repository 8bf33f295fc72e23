// parseWithMarkdownIt: CommonMark + GFM tables, strikethrough and autolinks via markdown-it, converted to
// the mdast tree the rest of ingestion reads. markdown-it is ~10x faster than micromark here (measured),
// which the 1,000-profiles-in-2-s budget needs.
import type Token from 'markdown-it/lib/token.mjs';
import type { Nodes, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { appendAll } from '../../text/append-all.js';
import { markdownIt } from './markdown-it-parser.js';
import { at } from './node-place.js';
import { phrasing } from './phrasing.js';
import type { CapEnv } from './token-cap.js';

const blockLine = (token: Token) => (token.map ? token.map[0] + 1 : 1);

/** Inline tokens that carry no words: an image, a link around one, a line break, blank text. */
const WORDLESS = new Set(['image', 'link_open', 'link_close', 'softbreak', 'hardbreak', 'html_inline']);
const wordless = (token: Token) =>
  WORDLESS.has(token.type) || (token.type === 'text' && !token.content.trim());

/**
 * A row of badges or icons directly above `---` is a setext heading to CommonMark, but its writer meant
 * a row and a rule: a heading with no words can name no section, and its images are content.
 */
function isImageRowOverRule(open: Token, inline: Token | undefined): boolean {
  if (open.markup !== '-' && open.markup !== '=') return false;
  const children = inline?.type === 'inline' ? (inline.children ?? []) : [];
  return children.some((c) => c.type === 'image') && children.every(wordless);
}

/** What later passes need to know about the tree, gathered while building it (so they need not walk it). */
export interface TreeFacts {
  /** Every node holding raw HTML among its children, in document order (HTML is converted there only). */
  htmlParents: Set<Parent>;
  /** The greatest depth of a node with children (root's children are at depth 1). */
  deepest: number;
}

const BLOCK_OPEN: Record<string, (token: Token) => Parent & RootContent> = {
  paragraph_open: (t) => ({ type: 'paragraph', children: [], position: at(blockLine(t)) }),
  blockquote_open: (t) => ({ type: 'blockquote', children: [], position: at(blockLine(t)) }),
  bullet_list_open: (t) => ({
    type: 'list',
    ordered: false,
    start: null,
    spread: false,
    children: [],
    position: at(blockLine(t)),
  }),
  ordered_list_open: (t) => ({
    type: 'list',
    ordered: true,
    start: Number(t.attrGet('start') ?? 1),
    spread: false,
    children: [],
    position: at(blockLine(t)),
  }),
  list_item_open: (t) => ({
    type: 'listItem',
    spread: false,
    checked: null,
    children: [],
    position: at(blockLine(t)),
  }),
  table_open: (t) => ({ type: 'table', align: [], children: [], position: at(blockLine(t)) }),
  tr_open: (t) => ({ type: 'tableRow', children: [], position: at(blockLine(t)) }),
  th_open: (t) => ({ type: 'tableCell', children: [], position: at(blockLine(t)) }),
  td_open: (t) => ({ type: 'tableCell', children: [], position: at(blockLine(t)) }),
};

/** Every non-blank line as its own paragraph: the reading of last resort, which loses no text. */
function plainLines(text: string): Root {
  const children: RootContent[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim())
      children.push({
        type: 'paragraph',
        children: [{ type: 'text', value: line.trim(), position: at(i + 1) }],
        position: at(i + 1),
      });
  });
  return { type: 'root', children };
}

/**
 * Parses CommonMark + GFM (tables, strikethrough, autolinks) into an mdast Root. `flattened` is true
 * when the input was too deeply nested to parse and was read as plain lines instead.
 */
export function parseWithMarkdownIt(text: string): {
  tree: Root;
  flattened: boolean;
  facts: TreeFacts;
  /** True when the file made more tokens than token-cap.ts allows: its rest was not read. */
  cut: boolean;
} {
  const facts: TreeFacts = { htmlParents: new Set(), deepest: 0 };
  let tokens: Token[];
  const env: CapEnv = {};
  try {
    tokens = markdownIt().parse(text, env);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const lines = plainLines(text);
    return { tree: lines, flattened: true, facts: { htmlParents: new Set(), deepest: 1 }, cut: false };
  }
  return { tree: toMdast(tokens, facts), flattened: false, facts, cut: env.cut === true };
}

function toMdast(tokens: readonly Token[], facts: TreeFacts): Root {
  const root: Root = { type: 'root', children: [] };
  const stack: Parent[] = [root];
  let rowLine = 1;
  const append = (node: Nodes) => (stack.at(-1)!.children as Nodes[]).push(node);
  // The line of the rule under an image row read as a setext heading, until that heading closes.
  let ruleLine = 0;
  tokens.forEach((token, i) => {
    const opener = BLOCK_OPEN[token.type];
    if (opener) {
      const node = opener(token);
      if (token.type === 'tr_open') rowLine = node.position!.start.line;
      if (token.type === 'th_open' || token.type === 'td_open') node.position = at(rowLine);
      if (stack.length > facts.deepest) facts.deepest = stack.length;
      append(node);
      stack.push(node);
    } else if (token.nesting === -1 && token.type !== 'heading_close') {
      if (token.type !== 'thead_close' && token.type !== 'tbody_close' && stack.length > 1) stack.pop();
    } else if (token.type === 'heading_open' && isImageRowOverRule(token, tokens[i + 1])) {
      ruleLine = token.map ? token.map[1] : blockLine(token);
      const row = BLOCK_OPEN.paragraph_open!(token);
      append(row);
      stack.push(row);
    } else if (token.type === 'heading_open') {
      const heading = {
        type: 'heading' as const,
        depth: Number(token.tag.slice(1)) as 1,
        children: [],
        position: at(blockLine(token)),
      };
      if (stack.length > facts.deepest) facts.deepest = stack.length;
      append(heading);
      stack.push(heading);
    } else if (token.type === 'heading_close') {
      stack.pop();
      if (ruleLine) append({ type: 'thematicBreak', position: at(ruleLine) });
      ruleLine = 0;
    } else if (token.type === 'inline') {
      const parent = stack.at(-1)!;
      const line = parent.position?.start.line ?? blockLine(token);
      const depth = stack.length - 1;
      appendAll(
        parent.children as PhrasingContent[],
        phrasing(token.children ?? [], line, parent, depth, facts),
      );
    } else if (token.type === 'fence' || token.type === 'code_block') {
      append({
        type: 'code',
        lang: token.info.trim() || null,
        meta: null,
        value: token.content.replace(/\n$/, ''),
        position: at(blockLine(token)),
      });
    } else if (token.type === 'hr') {
      append({ type: 'thematicBreak', position: at(blockLine(token)) });
    } else if (token.type === 'html_block') {
      facts.htmlParents.add(stack.at(-1)!);
      append({ type: 'html', value: token.content.replace(/\n$/, ''), position: at(blockLine(token)) });
    }
  });
  return root;
}
