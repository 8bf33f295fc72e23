// firstJsonObject: the JSON object a file starts with when text follows it (a stray "- [ ]" line, a second
// paste, an editor's leftovers), so that junk costs a warning instead of the whole person.
// One linear scan that knows strings and escapes; JSON.parse still judges the object itself.
import { walkJsonBrackets } from '../../text/walk-json-brackets.js';

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
  // The object closes at the first bracket that brings the depth back to 0.
  const close = walkJsonBrackets(text.slice(start), (depth) => depth === 0);
  if (close < 0) return null;
  const cut = start + close + 1;
  if (text.slice(cut).trim() === '') return null;
  try {
    const json = JSON.parse(text.slice(0, cut), reviver);
    const restAt = cut + text.slice(cut).search(/\S/);
    return { json, restLine: text.slice(0, restAt).split('\n').length };
  } catch {
    return null;
  }
}
