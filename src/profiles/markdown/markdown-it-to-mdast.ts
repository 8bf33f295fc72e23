// parseWithMarkdownIt: CommonMark + GFM tables, strikethrough and autolinks via markdown-it, converted to
// the mdast tree the rest of ingestion reads. markdown-it is ~10x faster than micromark here (measured),
// which the 1,000-profiles-in-2-s budget needs.
import type Token from 'markdown-it/lib/token.mjs';
import type { Nodes, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { markdownIt } from './markdown-it-parser.js';

type Place = { start: { line: number; column: number }; end: { line: number; column: number } };

/** Places are the same for every node on a line of any document, so the first few thousand lines' are kept. */
const PLACES: Place[] = [];
const KEPT_PLACES = 4096;

/**
 * A node's place: its line, column 1. Start and end share one point; nodes on one line share one place
 * (frozen: nothing changes a position after parsing, and a change would throw rather than move others).
 */
function at(line: number): Place {
  const kept = PLACES[line];
  if (kept !== undefined) return kept;
  const point = Object.freeze({ line, column: 1 });
  const place = Object.freeze({ start: point, end: point });
  if (line >= 0 && line < KEPT_PLACES && Number.isInteger(line)) PLACES[line] = place;
  return place;
}
const blockLine = (token: Token) => (token.map ? token.map[0] + 1 : 1);

type Children = { children: PhrasingContent[] };

/** What later passes need to know about the tree, gathered while building it (so they need not walk it). */
export interface TreeFacts {
  /** Every node holding raw HTML among its children, in document order (HTML is converted there only). */
  htmlParents: Set<Parent>;
  /** The greatest depth of a node with children (root's children are at depth 1). */
  deepest: number;
}

// Module-level helpers, not closures: tsx (keepNames) names every closure on each call, which cost ~7 %
// of parsing when these were created per inline token list.
function pushNode(stack: Children[], node: PhrasingContent): void {
  const siblings = stack.at(-1)!.children;
  const last = siblings.at(-1);
  // mdast keeps soft line endings inside one text node, as micromark does.
  if (node.type === 'text' && last?.type === 'text') last.value += node.value;
  else siblings.push(node);
}

function openNode(stack: Children[], node: PhrasingContent & Children): void {
  pushNode(stack, node);
  stack.push(node);
}

/** Depth of a node opened now inside inline content whose block sits at `depth`. */
function noteDepth(facts: TreeFacts, depth: number): void {
  if (depth > facts.deepest) facts.deepest = depth;
}

/**
 * Inline tokens → phrasing nodes of `parent` (at `depth`); a node's line is its block's line plus the
 * line breaks before it.
 */
function phrasing(
  tokens: readonly Token[],
  firstLine: number,
  parent: Parent,
  depth: number,
  facts: TreeFacts,
): PhrasingContent[] {
  const root: Children = { children: [] };
  const stack: Children[] = [root];
  let line = firstLine;
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
        pushNode(stack, { type: 'text', value: token.content, position: at(line) });
        break;
      case 'softbreak':
        pushNode(stack, { type: 'text', value: '\n', position: at(line) });
        line++;
        break;
      case 'hardbreak':
        pushNode(stack, { type: 'break', position: at(line) });
        line++;
        break;
      case 'code_inline':
        pushNode(stack, { type: 'inlineCode', value: token.content, position: at(line) });
        break;
      case 'html_inline':
        facts.htmlParents.add(stack.length === 1 ? parent : (stack.at(-1) as Parent));
        pushNode(stack, { type: 'html', value: token.content, position: at(line) });
        line += (token.content.match(/\n/g) ?? []).length;
        break;
      case 'image':
        pushNode(stack, {
          type: 'image',
          url: token.attrGet('src') ?? '',
          alt: token.content,
          title: token.attrGet('title'),
          position: at(line),
        });
        break;
      case 'strong_open':
        noteDepth(facts, depth + stack.length);
        openNode(stack, { type: 'strong', children: [], position: at(line) });
        break;
      case 'em_open':
        noteDepth(facts, depth + stack.length);
        openNode(stack, { type: 'emphasis', children: [], position: at(line) });
        break;
      case 's_open':
        noteDepth(facts, depth + stack.length);
        openNode(stack, { type: 'delete', children: [], position: at(line) });
        break;
      case 'link_open':
        noteDepth(facts, depth + stack.length);
        openNode(stack, {
          type: 'link',
          url: token.attrGet('href') ?? '',
          title: token.attrGet('title'),
          children: [],
          position: at(line),
        });
        break;
      case 'strong_close':
      case 'em_close':
      case 's_close':
      case 'link_close':
        if (stack.length > 1) stack.pop();
        break;
      default:
        if (token.content) pushNode(stack, { type: 'text', value: token.content, position: at(line) });
    }
  }
  return root.children;
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
export function parseWithMarkdownIt(text: string): { tree: Root; flattened: boolean; facts: TreeFacts } {
  const facts: TreeFacts = { htmlParents: new Set(), deepest: 0 };
  let tokens: Token[];
  try {
    tokens = markdownIt().parse(text, {});
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return { tree: plainLines(text), flattened: true, facts: { htmlParents: new Set(), deepest: 1 } };
  }
  return { tree: toMdast(tokens, facts), flattened: false, facts };
}

function toMdast(tokens: readonly Token[], facts: TreeFacts): Root {
  const root: Root = { type: 'root', children: [] };
  const stack: Parent[] = [root];
  let rowLine = 1;
  const append = (node: Nodes) => (stack.at(-1)!.children as Nodes[]).push(node);
  for (const token of tokens) {
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
    } else if (token.type === 'inline') {
      const parent = stack.at(-1)!;
      const line = parent.position?.start.line ?? blockLine(token);
      const depth = stack.length - 1;
      (parent.children as PhrasingContent[]).push(
        ...phrasing(token.children ?? [], line, parent, depth, facts),
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
  }
  return root;
}
