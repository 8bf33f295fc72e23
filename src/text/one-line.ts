// oneLine: a file name (or a message quoting one) as one line of a report or an answer. A name may hold
// line breaks and tabs, which withoutUnsafeCharacters keeps: "d\n✓ Fake Person.md" wrote a line of the
// name's choosing in `profiles check`. They are written as escapes, as `ls` quotes such names.
import { withoutUnsafeCharacters } from './unsafe-characters.js';

const BREAKS = /[\t\n\u2028\u2029]/g;
const ESCAPES: Record<string, string> = {
  '\t': '\\t',
  '\n': '\\n',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/** `text` without unsafe characters, its tabs and line breaks written as escapes ("\n"). */
export function oneLine(text: string): string {
  return withoutUnsafeCharacters(text).replace(BREAKS, (c) => ESCAPES[c]!);
}
