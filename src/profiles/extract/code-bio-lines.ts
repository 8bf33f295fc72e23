// codeBioLines: a bounded, language-agnostic scan of one code block into key → values entries: `key: value`,
// `key = value`, `"key": value`, `.key = value`, `key => value`, `addKey("v")`/`setKey("v")` calls, string
// lists (one line or many, YAML `- item`s) and nested maps, each entry with the keys above it and its record.
import {
  CALL,
  depthChange,
  fingerColumns,
  inlinePairs,
  KEY,
  NOT_KEY,
  opensRecord,
  plainValue,
  quoted,
  stripOwner,
  TYPE_THEN_VALUE,
  YAML_ITEM,
} from './code-bio-line-parts.js';

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

interface Open {
  key: string;
  indent: number;
  /** Bracket depth at which it closes; -1 for a YAML key (closed by indentation). */
  depth: number;
}

interface Scan {
  out: CodeBioEntry[];
  open: Open[];
  depth: number;
  record: number;
  /** The entry whose multi-line list is being read. */
  list: CodeBioEntry | null;
}

// One file's code block is read by up to three readers (its bio, a name stated in code, skills in code):
// the entries of the last few blocks are kept, and shared (no caller changes them).
const RECENT_BLOCKS = 8;
const recent = new Map<string, readonly CodeBioEntry[]>();

/** The key → values entries of a code block (capped: 8000 characters, 200 lines). */
export function codeBioLines(block: string): readonly CodeBioEntry[] {
  const known = recent.get(block);
  if (known) return known;
  const entries = scanBlock(block);
  if (recent.size >= RECENT_BLOCKS) recent.delete(recent.keys().next().value!);
  recent.set(block, entries);
  return entries;
}

function scanBlock(block: string): CodeBioEntry[] {
  const scan: Scan = { out: [], open: [], depth: 0, record: 0, list: null };
  block
    .slice(0, MAX_BLOCK)
    .split('\n', MAX_LINES)
    .forEach((raw, index) => {
      // A trailing `// comment` goes (a URL's `//` has no space before it).
      const capped = raw.slice(0, MAX_LINE);
      const comment = capped.indexOf(' // ');
      const text = comment >= 0 ? capped.slice(0, comment) : capped;
      const line = text.trim();
      if (!line || /^(?:\/\/|#|\/\*|\*)/.test(line)) return;
      const indent = text.length - text.trimStart().length;
      for (const column of fingerColumns(line)) readLine(scan, column, indent, index);
    });
  return scan.out;
}

function closeScopes(scan: Scan, indent: number, item: boolean): void {
  while (scan.open.length > 0) {
    const top = scan.open[scan.open.length - 1]!;
    const closed =
      top.depth >= 0 ? scan.depth < top.depth : indent < top.indent || (indent === top.indent && !item);
    if (!closed) break;
    scan.open.pop();
    if (scan.list?.key === top.key) scan.list = null;
  }
}

// Kotlin's `"Languages" to listOf(…)` pairs a key with its value like `"Languages": […]`.
const KOTLIN_TO = /^(["'])([^"'\n]{1,40})\1[ \t]+to[ \t]+/;

function readLine(scan: Scan, written: string, indent: number, index: number): void {
  const to = KOTLIN_TO.exec(written);
  const line = to ? `"${to[2]}": ${written.slice(to[0].length)}` : written;
  const item = YAML_ITEM.exec(line);
  closeScopes(scan, indent, item !== null);
  const path = scan.open.map((o) => o.key);
  const change = depthChange(line);
  const finish = () => {
    scan.depth = Math.max(0, scan.depth + change);
  };
  if (opensRecord(line) || item) scan.record++;
  const record = scan.record;
  const inline = inlinePairs(line);
  if (inline.pairs.length > 0) {
    if (inline.under) scan.out.push({ key: inline.under, path, values: [], line: index, record });
    const under = inline.under ? [...path, inline.under] : path;
    for (const p of inline.pairs)
      scan.out.push({ key: p.key, path: under, values: [p.value], line: index, record });
    finish();
    return;
  }
  const list = scan.list;
  // A list goes on until a key (`- company: Acme` starts a record of keys, not an item).
  if (list && !KEY.test(stripOwner(item ? item[1]! : line))) {
    const values = item ? [quoted(item[1]!)[0] ?? plainValue(item[1]!, ':', '')] : quoted(line);
    for (const v of values) if (v && list.values.length < MAX_VALUES) list.values.push(v);
    finish();
    return;
  }
  const call = CALL.exec(line);
  if (call) {
    scan.out.push({ key: call[1]!, path, values: quoted(line).slice(0, MAX_VALUES), line: index, record });
    finish();
    return;
  }
  let head = stripOwner(item ? item[1]! : line);
  const key = KEY.exec(head);
  if (!key || NOT_KEY.test(key[1]!)) {
    finish();
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
  scan.out.push(entry);
  if ((change > 0 || (head === '' && separator === ':')) && scan.open.length < MAX_DEPTH) {
    scan.open.push({ key: entry.key, indent, depth: head === '' ? -1 : scan.depth + 1 });
    scan.list = entry;
  }
  finish();
}
