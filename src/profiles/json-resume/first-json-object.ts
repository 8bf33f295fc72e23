// firstJsonObject: the JSON object a file starts with when text follows it (a stray "- [ ]" line, a second
// paste, an editor's leftovers), so that junk costs a warning instead of the whole person.
// One linear scan that knows strings and escapes; JSON.parse still judges the object itself.

/** Where the object or list `text` starts with ends (just after its closing bracket), or -1 when it never closes. */
function objectEnd(text: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character, whatever it is
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/**
 * The object `text` starts with and the line where the text after it begins, when the whole text is not
 * JSON only because something follows a complete object; null otherwise (the caller reports the error).
 */
export function firstJsonObject(
  text: string,
  reviver: (key: string, value: unknown) => unknown,
): { json: unknown; restLine: number } | null {
  const start = text.search(/\S/);
  if (start < 0 || text[start] !== '{') return null;
  const end = objectEnd(text.slice(start));
  if (end < 0) return null;
  const cut = start + end;
  if (text.slice(cut).trim() === '') return null;
  try {
    const json = JSON.parse(text.slice(0, cut), reviver);
    const restAt = cut + text.slice(cut).search(/\S/);
    return { json, restLine: text.slice(0, restAt).split('\n').length };
  } catch {
    return null;
  }
}
