// codeBioLineParts: the pieces of one line of a code-mode bio the block scanner (code-bio-lines.ts) reads:
// its key and separator, quoted values, plain (YAML, finger) values, inline `k: "v", k2: "v2"` pairs and
// the columns of a finger card ("Login: ana      Name: Ana Ruiz").

export const QUOTED = /"([^"\n]{1,120})"|'([^'\n]{1,120})'|`([^`\n]{1,120})`/g;
const DECLARATION =
  /^(?:(?:export|const|let|var|val|def|public|private|protected|internal|readonly|static|final|pub|my|our|local|set|\$)\s+)+/;
const OWNER = /^(?:self|this|me|my|it|profile|about|dev|developer)\.|^[@:$]/;
export const KEY = /^["'`]?([\p{L}_][\p{L}\p{N}_ -]{0,39}?)["'`]?\s*(=>|:=|=(?!=)|:(?!:))\s*/u;
export const CALL = /(?:^|\.)(?:add|set|with|push)([A-Z][A-Za-z]{1,30})\s*\(/;
export const TYPE_THEN_VALUE = /^[\p{L}_][\w<>[\], |.?]{0,40}?\s=(?!=)\s*/u;
// Statements, not keys: `class Me:`, `def greet(self):`, `if x:`.
export const NOT_KEY =
  /^(?:class|def|func|fn|if|elif|else|for|while|return|struct|type|interface|enum|impl|case|when|do|try|except|finally|with|package|import|module)\b/;
export const YAML_ITEM = /^-\s+(.{1,120})$/;
const PLAIN = /^[\p{L}\p{N}][\p{L}\p{N} .,'&+#/@()-]{0,118}$/u;
// `company: "Acme", role: "Dev"`: a key and its quoted value, several to a line.
const PAIR =
  /["']?([\p{L}_][\p{L}\p{N}_]{0,39})["']?[ \t]{0,3}(?::(?!:)|=>|=)[ \t]{0,3}(?:"([^"\n]{1,120})"|'([^'\n]{1,120})')/gu;
const FINGER_KEY = /^[\p{Lu}][\p{L} ]{0,20}:\s/u;

export const quoted = (text: string): string[] =>
  [...text.matchAll(QUOTED)].map((m) => (m[1] ?? m[2] ?? m[3] ?? '').trim()).filter(Boolean);

/** Bracket depth a line adds (brackets in strings do not count). */
export function depthChange(text: string): number {
  let d = 0;
  for (const c of text.replace(QUOTED, '""'))
    if (c === '{' || c === '[' || c === '(') d++;
    else if (c === '}' || c === ']' || c === ')') d--;
  return d;
}

export const opensRecord = (text: string): boolean => text.replace(QUOTED, '""').includes('{');

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
  return line.replace(DECLARATION, '').replace(OWNER, '');
}

/** The key/quoted-value pairs of a line holding two or more (`{ company: "Acme", role: "Dev" }`), else []. */
export function inlinePairs(line: string): { key: string; value: string }[] {
  const pairs = [...line.matchAll(PAIR)].map((m) => ({ key: m[1]!, value: (m[2] ?? m[3] ?? '').trim() }));
  return pairs.length >= 2 ? pairs.filter((p) => p.value && !NOT_KEY.test(p.key)) : [];
}

/** A finger card's columns ("Login: ana", "Name: Ana Ruiz") when each starts with a capitalised key. */
export function fingerColumns(line: string): string[] {
  const parts = line.trim().split(/\s{3,}/);
  return parts.length >= 2 && parts.every((p) => FINGER_KEY.test(`${p} `)) ? parts : [line];
}
