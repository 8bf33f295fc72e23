// tooDeepLine: where a JSON text nests deeper than any resume needs, checked before JSON.parse recurses into it.
import { walkJsonBrackets } from '../../text/walk-json-brackets.js';

/**
 * Nesting a resume never needs (it is about 5 levels deep). JSON.parse with a reviver recurses per level:
 * deeper input overflowed the stack, rejected as "not valid JSON: Maximum call stack size exceeded", or
 * not, depending on how deep the stack already was (a worker's is another size).
 */
export const MAX_DEPTH = 100;

/** The line where the first value nests past MAX_DEPTH, or null; only up to where that value closes (text after it is cut off later). */
export function tooDeepLine(text: string): number | null {
  let deep = false;
  const at = walkJsonBrackets(text, (depth) => {
    deep = depth > MAX_DEPTH;
    return deep || depth === 0;
  });
  return deep ? text.slice(0, at).split('\n').length : null;
}
