// walkJsonBrackets: one linear scan over the brackets of JSON text, strings and escapes skipped, for the
// checks that must run before (or instead of) JSON.parse: nesting too deep for a request body, and where
// the object a JSON Resume starts with ends when text follows it.

/**
 * Calls `at(depth, index)` after each bracket outside strings changes the nesting depth; stops at the first
 * bracket for which it returns true and gives that bracket's index, or -1 when none did.
 */
export function walkJsonBrackets(text: string, at: (depth: number, index: number) => boolean): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character, whatever it is
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (at(++depth, i)) return i;
    } else if (c === 0x5d || c === 0x7d) {
      if (at(--depth, i)) return i;
    }
  }
  return -1;
}
