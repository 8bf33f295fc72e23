// jsonDepthExceeds: a linear scan of JSON text for bracket nesting deeper than a limit, run before
// JSON.parse and schema validation (both recurse per level: deep input would overflow the stack).
import { walkJsonBrackets } from '../../text/walk-json-brackets.js';

/** True when `text` opens more than `max` nested arrays/objects; brackets inside strings don't count. */
export function jsonDepthExceeds(text: string, max: number): boolean {
  return walkJsonBrackets(text, (depth) => depth > max) >= 0;
}
