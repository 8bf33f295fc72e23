// jsonDepthExceeds: a linear scan of JSON text for bracket nesting deeper than a limit, run before
// JSON.parse and schema validation (both recurse per level: deep input would overflow the stack).

/** True when `text` opens more than `max` nested arrays/objects; brackets inside strings don't count. */
export function jsonDepthExceeds(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}
