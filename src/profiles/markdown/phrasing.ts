// phrasing: markdown-it's inline tokens of one block converted to mdast phrasing nodes.
import type Token from 'markdown-it/lib/token.mjs';
import type { Parent, PhrasingContent } from 'mdast';
import type { TreeFacts } from './markdown-it-to-mdast.js';
import { at } from './node-place.js';

type Children = { children: PhrasingContent[] };

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
export function phrasing(
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
