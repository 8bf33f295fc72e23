// parseSimpleYaml: the front matter profiles write (one `key: value` a line; the value plain words, a
// quoted string, true/false or a one-line [list]) read without the YAML library, which costs more per file than
// markdown-it's parse of the whole profile. Null for anything else: the library reads that. Where this
// answers, it equals the library's reading (property test in test/unit/profiles/simple-yaml.test.ts).

const KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/**
 * A plain scalar YAML's core schema reads as a string: a letter first (never a number, an indicator or a
 * quote), then no character that starts a comment, a mapping, a flow collection or an escape.
 */
const PLAIN = /^\p{L}[\p{L}\p{N} .'’()/@+_-]*$/u;
/** Plain words YAML reads as null or a boolean (in 1.2 or, for safety, 1.1): left to the library. */
const RESERVED = new Set(['null', 'true', 'false', 'yes', 'no', 'on', 'off', 'y', 'n']);
const DOUBLE_QUOTED = /^"[^"\\\p{Cc}]*"$/u;
const SINGLE_QUOTED = /^'[^'\p{Cc}]*'$/u;

function plain(text: string): string | null {
  if (!PLAIN.test(text) || text.endsWith(' ') || RESERVED.has(text.toLowerCase())) return null;
  return text;
}

/** Spaces (only: YAML keeps a no-break space or a tab inside an item) cut from both ends. */
function trimSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) === 32) start++;
  while (end > start && text.charCodeAt(end - 1) === 32) end--;
  return text.slice(start, end);
}

/** YAML 1.2's booleans (`listed: false`); other spellings (yes, off) are left to the library. */
const BOOLEAN = new Map([
  ['true', true],
  ['True', true],
  ['TRUE', true],
  ['false', false],
  ['False', false],
  ['FALSE', false],
]);

function scalarOrList(text: string): string | boolean | string[] | null {
  const boolean = BOOLEAN.get(text);
  if (boolean !== undefined) return boolean;
  if (DOUBLE_QUOTED.test(text) || SINGLE_QUOTED.test(text)) return text.slice(1, -1);
  if (!(text.startsWith('[') && text.endsWith(']'))) return plain(text);
  const inner = text.slice(1, -1);
  if (inner.trim() === '') return inner === '' ? [] : null;
  const items: string[] = [];
  for (const part of inner.split(',')) {
    const item = plain(trimSpaces(part));
    if (item === null) return null;
    items.push(item);
  }
  return items;
}

/** The map that `yaml.parse(source)` gives, when the source is in the simple shape; else null. */
export function parseSimpleYaml(source: string): Record<string, unknown> | null {
  if (source === '') return null;
  const out: Record<string, unknown> = {};
  const seen = new Set<string>();
  for (const line of source.split('\n')) {
    const colon = line.indexOf(': ');
    if (colon < 1) return null;
    const key = line.slice(0, colon);
    if (!KEY.test(key) || key === '__proto__' || RESERVED.has(key.toLowerCase()) || seen.has(key))
      return null;
    const value = scalarOrList(line.slice(colon + 2));
    if (value === null) return null;
    seen.add(key);
    out[key] = value;
  }
  return out;
}
