// joinCapped: parts joined by a separator up to a length, without first building the whole string (a
// 1 MiB section would be copied in full only to be cut). The same as parts.join(separator).slice(0, max),
// except that the cut never halves a character (sliceWhole): the text can end up in a snippet of an answer.
import { sliceWhole } from './slice-whole.js';

export function joinCapped(parts: Iterable<string>, separator: string, max: number): string {
  let out = '';
  let first = true;
  for (const part of parts) {
    const sep = first ? '' : separator;
    first = false;
    const room = max - out.length;
    // The part is cut before it is joined: slicing a joined 1 MiB string would copy it whole.
    if (sep.length + part.length >= room)
      return out + sliceWhole(sep + sliceWhole(part, 0, Math.max(0, room - sep.length)), 0, room);
    out += sep + part;
  }
  return out;
}
