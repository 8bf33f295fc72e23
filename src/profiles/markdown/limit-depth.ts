// limitDepth: flattens mdast nested deeper than a limit (">>>>…" × 20 000) into plain text, so every
// recursive walker downstream is safe from stack overflow. Iterative on purpose.
import type { Nodes, Parent, Root } from 'mdast';

const FLOW = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

/** Text of a subtree in document order, without recursion. */
export function flatText(node: Nodes): string {
  const out: string[] = [];
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if ('value' in n && typeof n.value === 'string' && n.type !== 'html') out.push(n.value);
    else if (n.type === 'image' && n.alt) out.push(n.alt);
    if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as Nodes);
  }
  return out.join(' ').replace(/\s+/g, ' ').trim();
}

function replacement(parent: Parent, node: Nodes): Nodes {
  const text = { type: 'text' as const, value: flatText(node), position: node.position };
  const paragraph = { type: 'paragraph' as const, children: [text], position: node.position };
  if (FLOW.has(parent.type)) return paragraph;
  if (parent.type === 'list')
    return { type: 'listItem', spread: false, children: [paragraph], position: node.position };
  // Tables keep their shape (rows of cells): readers iterate a row's and a cell's children.
  const cell = { type: 'tableCell' as const, children: [text], position: node.position };
  if (parent.type === 'table') return { type: 'tableRow', children: [cell], position: node.position };
  if (parent.type === 'tableRow') return cell;
  return text;
}

/** Replaces every node at depth `maxDepth` that still has children by its flattened text; true if any was. */
export function limitDepth(tree: Root, maxDepth: number): boolean {
  let flattened = false;
  const stack: [Parent, number][] = [[tree, 0]];
  while (stack.length > 0) {
    const [parent, depth] = stack.pop()!;
    for (let i = 0; i < parent.children.length; i++) {
      const child = parent.children[i] as Nodes;
      if (!('children' in child)) continue;
      if (depth + 1 >= maxDepth) {
        parent.children[i] = replacement(parent, child) as Parent['children'][number];
        flattened = true;
      } else stack.push([child, depth + 1]);
    }
  }
  return flattened;
}
