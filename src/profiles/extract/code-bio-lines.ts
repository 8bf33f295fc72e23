// codeBioLines: a bounded, language-agnostic scan of one code block into key → values entries: `key: value`,
// `key = value`, `"key": value`, `.key = value`, `key => value`, `addKey("v")`/`setKey("v")` calls, string
// lists (one line or many, YAML `- item`s) and nested maps, each entry with the keys above it and its record.

const MAX_BLOCK = 8000;
const MAX_LINES = 200;
const MAX_LINE = 300;
const MAX_DEPTH = 16;
const MAX_VALUES = 60;

export interface CodeBioEntry {
  /** The key as written (`currentCompany`, `full_name`). */
  key: string;
  /** The keys of the maps around it, outermost first. */
  path: string[];
  /** Quoted strings or plain words; identifiers of code are never values. */
  values: string[];
  /** 0-based line in the block. */
  line: number;
  /** Entries of one record (one `{…}` or one YAML `- key:` item) share this number. */
  record: number;
}

const QUOTED = /"([^"\n]{1,120})"|'([^'\n]{1,120})'|`([^`\n]{1,120})`/g;
const DECLARATION =
  /^(?:(?:export|const|let|var|val|def|public|private|protected|internal|readonly|static|final|pub|my|our|local|set|\$)\s+)+/;
const OWNER = /^(?:self|this|me|my|it|profile|about|dev|developer)\.|^[@:$]/;
const KEY = /^["'`]?([\p{L}_][\p{L}\p{N}_ -]{0,39}?)["'`]?\s*(=>|:=|=(?!=)|:(?!:))\s*/u;
const CALL = /(?:^|\.)(?:add|set|with|push)([A-Z][A-Za-z]{1,30})\s*\(/;
const TYPE_THEN_VALUE = /^[\p{L}_][\w<>[\], |.?]{0,40}?\s=(?!=)\s*/u;
// Statements, not keys: `class Me:`, `def greet(self):`, `if x:`.
const NOT_KEY =
  /^(?:class|def|func|fn|if|elif|else|for|while|return|struct|type|interface|enum|impl|case|when|do|try|except|finally|with|package|import|module)\b/;
const YAML_ITEM = /^-\s+(.{1,120})$/;
const PLAIN = /^[\p{L}\p{N}][\p{L}\p{N} .,'&+#/@()-]{0,118}$/u;

const quoted = (text: string): string[] =>
  [...text.matchAll(QUOTED)].map((m) => (m[1] ?? m[2] ?? m[3] ?? '').trim()).filter(Boolean);
// Brackets count only outside strings.
const bare = (text: string): string => text.replace(QUOTED, '""');
const depthChange = (text: string): number => {
  let d = 0;
  for (const c of bare(text))
    if (c === '{' || c === '[' || c === '(') d++;
    else if (c === '}' || c === ']' || c === ')') d--;
  return d;
};

/** A plain (unquoted) value: words a YAML or a finger card writes, never code (`role`, `getName()`, `true`). */
function plainValue(rest: string, separator: string, key: string): string | null {
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

interface Open {
  key: string;
  indent: number;
  /** Bracket depth at which it closes; -1 for a YAML key (closed by indentation). */
  depth: number;
}

/** The key → values entries of a code block (capped: 8000 characters, 200 lines). */
export function codeBioLines(block: string): CodeBioEntry[] {
  const out: CodeBioEntry[] = [];
  const open: Open[] = [];
  let depth = 0;
  let record = 0;
  let list: CodeBioEntry | null = null; // a multi-line list being read
  const lines = block.slice(0, MAX_BLOCK).split('\n', MAX_LINES);
  lines.forEach((raw, index) => {
    // A trailing `// comment` goes (a URL's `//` has no space before it).
    const text = raw.slice(0, MAX_LINE).replace(/\s\/\/\s.*$/, '');
    const line = text.trim();
    if (
      !line ||
      line.startsWith('//') ||
      line.startsWith('#') ||
      line.startsWith('/*') ||
      line.startsWith('*')
    )
      return;
    const indent = text.length - text.trimStart().length;
    const item = YAML_ITEM.exec(line);
    while (open.length > 0) {
      const top = open[open.length - 1]!;
      if (top.depth >= 0 ? depth < top.depth : indent < top.indent || (indent === top.indent && !item)) {
        open.pop();
        if (list && list.key === top.key) list = null;
      } else break;
    }
    const path = open.map((o) => o.key);
    const change = depthChange(line);
    if (list && (!KEY.test(stripOwner(line)) || item)) {
      if (item) {
        const value = quoted(item[1]!)[0] ?? plainValue(item[1]!, ':', '');
        if (value && list.values.length < MAX_VALUES) list.values.push(value);
        else if (!value && /:/.test(item[1]!)) record++;
      } else for (const v of quoted(line)) if (list.values.length < MAX_VALUES) list.values.push(v);
      depth = Math.max(0, depth + change);
      return;
    }
    const call = CALL.exec(line);
    if (call) {
      out.push({ key: call[1]!, path, values: quoted(line).slice(0, MAX_VALUES), line: index, record });
      depth = Math.max(0, depth + change);
      return;
    }
    let head = stripOwner(item ? item[1]! : line);
    if (item) record++;
    const key = KEY.exec(head);
    if (!key || NOT_KEY.test(key[1]!)) {
      depth = Math.max(0, depth + change);
      return;
    }
    let separator = key[2]!;
    head = head.slice(key[0].length);
    // `languages : tuple = ("Python")`, `const me: Me = {`: a type between the key and its value.
    const typed = separator === ':' ? TYPE_THEN_VALUE.exec(head) : null;
    if (typed) {
      head = head.slice(typed[0].length);
      separator = '=';
    }
    const entry: CodeBioEntry = { key: key[1]!.trim(), path, values: quoted(head), line: index, record };
    if (entry.values.length === 0) {
      const plain = plainValue(head, separator, entry.key);
      if (plain) entry.values.push(plain);
    }
    out.push(entry);
    const opens = change > 0 || (head === '' && separator === ':');
    if (opens && open.length < MAX_DEPTH) {
      open.push({ key: entry.key, indent, depth: head === '' ? -1 : depth + 1 });
      if (/[{]\s*$/.test(bare(head))) record++;
      list = entry;
    }
    depth = Math.max(0, depth + change);
  });
  return out;
}

function stripOwner(line: string): string {
  return line.replace(DECLARATION, '').replace(OWNER, '');
}
