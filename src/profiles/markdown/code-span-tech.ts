// codeSpanTech: a code span that is exactly one well-known technology ("I work with `Go` and `Rust`") reads
// as that name in prose; any other span (`npm install`, `open-source`) stays left out.
import { lookupTechnology } from '../vocabulary/tech-vocabulary.js';

export function codeSpanTech(value: string): string | null {
  const text = value.trim();
  if (!text || text.length > 40) return null;
  return lookupTechnology(text)?.wellKnown ? text : null;
}
