// scriptTwinName: the same name written in a second script beside the first in a title heading —
// "Hiroshi Sato (佐藤 浩)", "陈伟 · Chen Wei" — so people can ask for either spelling.
import { cleanHeading } from '../markdown/clean-heading.js';
import { cleanNameText } from './name-greetings.js';
import { readPersonName } from './read-person-name.js';

const PARTS = /\s?[(（]|[)）]\s?|\s[/|·•—–-]\s/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
const OTHER_LETTER = /(?!\p{Script=Latin})\p{L}/u;

/** Latin letters only, or other letters only; a mix is neither. */
function scriptOf(name: string): 'latin' | 'other' | null {
  const latin = LATIN_LETTER.test(name);
  const other = OTHER_LETTER.test(name);
  return latin === other ? null : latin ? 'latin' : 'other';
}

/**
 * The other spelling of `name` in a title of two whole names in two scripts, else null: the title is
 * nothing but the two names, so neither can be a tagline or a topic.
 */
export function scriptTwinName(title: string, name: string): string | null {
  const clean = cleanNameText(cleanHeading(title));
  if (clean.length > 80) return null;
  const parts = clean
    .split(PARTS)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length !== 2 || !parts.includes(name)) return null;
  const twin = parts[0] === name ? parts[1]! : parts[0]!;
  const first = scriptOf(name);
  const second = scriptOf(twin);
  if (!first || !second || first === second) return null;
  return readPersonName(twin, { handle: null }) === twin ? twin : null;
}
