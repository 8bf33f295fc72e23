// codeBioLineParts: the pieces of one line of a code-mode bio the block scanner (code-bio-lines.ts) reads:
// its key and separator, quoted values, plain (YAML, finger) values, inline `k: "v", k2: "v2"` pairs and
// the columns of a finger card ("Login: ana      Name: Ana Ruiz").

const DECLARATION =
  /^(?:(?:export|const|let|var|val|def|public|private|protected|internal|readonly|static|final|pub|my|our|local|set|\$)\s+)+/;
const OWNER = /^(?:self|this|me|my|it|profile|about|dev|developer)\.|^[@:$]/;
// A typed field (C#, Java, C++, Dart): `string Name { get; } = "Ana"`, `List<String> tools = …`: the type
// (with generics, array marks, a `?`) and C#'s accessors go, leaving `Name = "Ana"`.
const TYPED_FIELD =
  /^[\p{L}_][\p{L}\p{N}_.]{0,40}(?:<[\p{L}\p{N}_ ,.?<>[\]]{0,60}>)?(?:\[\])?\??[ \t]+([\p{L}_][\p{L}\p{N}_]{0,39})[ \t]*(?:\{[\p{L} \t;]{0,40}\}[ \t]*)?(?==(?!=))/u;
export const KEY = /^["'`]?([\p{L}_][\p{L}\p{N}_-]{0,39})["'`]?[ \t]*(=>|:=|=(?!=)|:(?!:))[ \t]*/u;
export const CALL = /(?:^|\.)(?:add|set|with|push)([A-Z][A-Za-z]{1,30})\s*\(/;
export const TYPE_THEN_VALUE = /^[\p{L}_][\w<>[\], |.?]{0,40}?\s=(?!=)\s*/u;
// Statements, not keys: `class Me:`, `def greet(self):`, `if x:`.
export const NOT_KEY =
  /^(?:class|def|func|fn|if|elif|else|for|while|return|struct|type|interface|enum|impl|case|when|do|try|except|finally|with|package|import|module)\b/;
export const YAML_ITEM = /^-[ \t]+(\S.{0,119})$/;
const PLAIN = /^[\p{L}\p{N}][\p{L}\p{N} .,'&+#/@()-]{0,118}$/u;
const FINGER_KEY = /^[\p{Lu}][\p{L} ]{0,20}:\s/u;

const QUOTES = `"'\``;
const MAX_STRING = 120;

/**
 * The line cut into code and strings, by index (no regex): `a: "x", b: 'y'` → code `a: "", b: ''` and
 * strings [x, y]. A quote without its closing one on the line is code (`&'a str`).
 */
function split(text: string): { code: string; strings: string[]; commas: number[] } {
  let code = '';
  const strings: string[] = [];
  const commas: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const end = QUOTES.includes(c) ? text.indexOf(c, i + 1) : -1;
    if (end > i + 1 && end - i - 1 <= MAX_STRING) {
      const value = text.slice(i + 1, end).trim();
      if (value) strings.push(value);
      code += c + c;
      i = end;
      continue;
    }
    if (c === ',') commas.push(i);
    code += c;
  }
  return { code, strings, commas };
}

export const quoted = (text: string): string[] => split(text).strings;

/** Bracket depth a line adds (brackets in strings do not count). */
export function depthChange(text: string): number {
  let d = 0;
  for (const c of split(text).code)
    if (c === '{' || c === '[' || c === '(') d++;
    else if (c === '}' || c === ']' || c === ')') d--;
  return d;
}

export const opensRecord = (text: string): boolean => split(text).code.includes('{');

/** A plain (unquoted) value: words a YAML or a finger card writes, never code (`role`, `getName()`, `true`). */
export function plainValue(rest: string, separator: string, key: string): string | null {
  // A trailing comma is code (`pronouns: String,` declares a field), not a YAML value.
  const value = rest.trim();
  if (
    separator !== ':' ||
    /[,;]$/.test(value) ||
    !PLAIN.test(value) ||
    /^(?:true|false|null|none|nil|\d+)$/i.test(value)
  )
    return null;
  return value.toLowerCase() === key.toLowerCase() ? null : value;
}

/** The line without a declaration (`const`, `public`) or an owner (`self.`, `this.`, `@`, `:`). */
export function stripOwner(line: string): string {
  return line.replace(DECLARATION, '').replace(OWNER, '').replace(TYPED_FIELD, '$1 ');
}

/**
 * The key/quoted-value pairs of a line holding two or more, and the key the line's record sits under:
 * `Acme: { position: "Dev", since: "2020" },` → under Acme, [position: Dev, since: 2020]; else no pairs.
 */
export function inlinePairs(line: string): { under: string | null; pairs: { key: string; value: string }[] } {
  const { code, commas } = split(line);
  const none = { under: null, pairs: [] };
  if (commas.length === 0) return none;
  const brace = code.search(/[{(]/);
  const under = brace > 0 ? (KEY.exec(stripOwner(line.slice(0, brace).trim()))?.[1] ?? null) : null;
  const pairs: { key: string; value: string }[] = [];
  let from = Math.max(0, brace + 1);
  for (const at of [...commas.filter((c) => c > from), line.length]) {
    const part = line.slice(from, at).replace(/^[\s{([]+/, '');
    from = at + 1;
    const key = KEY.exec(part);
    const value = key ? quoted(part.slice(key[0].length))[0] : undefined;
    if (key && value && !NOT_KEY.test(key[1]!)) pairs.push({ key: key[1]!, value });
  }
  return pairs.length >= 2 ? { under, pairs } : none;
}

/** A finger card's columns ("Login: ana", "Name: Ana Ruiz") when each starts with a capitalised key. */
export function fingerColumns(line: string): string[] {
  const parts = line.trim().split(/\s{3,}/);
  return parts.length >= 2 && parts.every((p) => FINGER_KEY.test(`${p} `)) ? parts : [line];
}
