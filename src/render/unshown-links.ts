// unshownLinks: the links whose address the answer's content does not already show, so every renderer
// lists each contact once (content first, then a button or a "Links" line).
import type { Reply } from '../engine/reply.js';

export function unshownLinks(reply: Reply): Reply['links'] {
  const shown = reply.blocks
    .map((b) =>
      b.type === 'fields'
        ? b.fields.map((f) => f.value).join('\n')
        : b.type === 'list'
          ? b.items.join('\n')
          : b.text,
    )
    .join('\n');
  return reply.links.filter((l) => !shown.includes(l.url));
}
