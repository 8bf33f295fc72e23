// readFrontMatter: the leading `yaml` node of a tree → a key/value map, bounded so the YAML library
// never sees input it is slow on; anything unreadable is a warning and an empty map.
import type { Root } from 'mdast';
import { type Document, isAlias, isCollection, isPair, isScalar, parseDocument } from 'yaml';
import type { ParseWarning } from '../model/profile.js';
import { parseSimpleYaml } from './simple-yaml.js';

// The YAML parser checks each key against every other: 60,000 keys took 71 s. Real front matter is a few lines.
const MAX_FRONT_MATTER_CHARS = 8 * 1024;
// Only front matter in the simple `key: value` shape is read up to that size. The library spends up to
// ~10 µs a byte on text that is one error after another (`?` or `:` lines, `[,,,`, repeated keys): 8 KB of
// it took 70-140 ms, over a whole file's budget; 2 KB stays near 20 ms. The largest real one is 200 bytes.
const MAX_LIBRARY_CHARS = 2 * 1024;
// It also spends ~20 µs per level of `[`/`{` nesting (7 KB of `[.` took 100 ms), and more on block
// collections nested on one line (`? : ? : …`, `a: - a: - …`: 1.6 KB took 36 ms); real front matter nests
// a level or two, at most `- key: value` on a line. Brackets inside quoted strings are counted too: such
// a file loses its front matter, with a warning, rather than the process a tenth of a second.
const MAX_FLOW_DEPTH = 16;

const isBlank = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || Number.isNaN(c);

/** Whether `[`/`{` nest deeper than `limit`, or one line holds more than `limit` `- `, `? ` or `: `. */
function nestingOver(text: string, limit: number): boolean {
  let depth = 0;
  let onLine = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      depth += 1;
      if (depth > limit) return true;
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth -= 1;
    else if (c === 0x0a) onLine = 0;
    else if ((c === 0x2d || c === 0x3f || c === 0x3a) && isBlank(text.charCodeAt(i + 1))) {
      onLine += 1;
      if (onLine > limit) return true;
    }
  }
  return false;
}

/**
 * Why the library's conversion to plain values would be slow, or null. A map key that is itself a list
 * or map (`? : ? : …`, `- ? - ? …`) is turned into a string, its nested keys again at every level: 800
 * bytes took 18 s. An alias copies its anchor's value wherever it is used. Profile keys are words with
 * plain values, so neither is ever needed.
 */
function slowShape(doc: Document): string | null {
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isAlias(node)) return 'uses an alias (*name)';
    if (isPair(node)) {
      if (node.key !== null && !isScalar(node.key)) return 'has a key that is a list or a map';
      stack.push(node.value);
    } else if (isCollection(node)) stack.push(...node.items);
  }
  return null;
}

/** `message at line L, column C` for the first error: the library's pretty errors cost a code frame each. */
function describeError(source: string, message: string, at: number): string {
  if (at < 0) return message;
  const before = source.slice(0, at);
  const line = before.split('\n').length;
  return `${message} at line ${line}, column ${at - before.lastIndexOf('\n')}`;
}

function parseYaml(source: string): { value: unknown } | { why: string; code: string } {
  // 'error': a warning (an unknown tag, …) is not printed to the process's stderr for every file read.
  // Each error the library finds is an Error object, and capturing its stack trace cost ~10 µs: text of
  // one error a line (800 `<` lines) took 45 ms. Nothing reads those traces.
  const traceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let doc: Document;
  try {
    doc = parseDocument(source, { prettyErrors: false, logLevel: 'error' });
  } finally {
    Error.stackTraceLimit = traceLimit;
  }
  const error = doc.errors[0];
  if (error) return { code: 'front-matter-invalid', why: describeError(source, error.message, error.pos[0]) };
  const slow = slowShape(doc);
  if (slow) return { code: 'front-matter-too-complex', why: slow };
  return { value: doc.toJS() };
}

function warn(
  warnings: ParseWarning[],
  code: string,
  message: string,
  line: number,
): Record<string, unknown> {
  warnings.push({ code, message, line });
  return {};
}

export function readFrontMatter(tree: Root, warnings: ParseWarning[]): Record<string, unknown> {
  const first = tree.children[0];
  if (first?.type !== 'yaml') return {};
  tree.children.shift();
  const line = first.position?.start.line ?? 1;
  if (first.value.length > MAX_FRONT_MATTER_CHARS)
    return warn(
      warnings,
      'front-matter-too-large',
      `front matter is over ${MAX_FRONT_MATTER_CHARS / 1024} KB (real ones are a few lines); ignored`,
      line,
    );
  // Plain `key: value` lines first: a quoted value may hold any number of `: ` or `[` for all they care.
  const simple = parseSimpleYaml(first.value);
  if (simple) return simple;
  if (nestingOver(first.value, MAX_FLOW_DEPTH))
    return warn(
      warnings,
      'front-matter-too-deep',
      `front matter nests lists or maps over ${MAX_FLOW_DEPTH} levels deep (real ones nest one or two); ignored`,
      line,
    );
  if (first.value.length > MAX_LIBRARY_CHARS)
    return warn(
      warnings,
      'front-matter-too-large',
      `front matter is over ${MAX_LIBRARY_CHARS / 1024} KB and not plain "key: value" lines; ignored`,
      line,
    );
  const read = parseYaml(first.value);
  if ('why' in read)
    return warn(
      warnings,
      read.code,
      read.code === 'front-matter-invalid'
        ? `front matter is not valid YAML (${read.why}); ignored`
        : `front matter ${read.why}, which profile keys never need; ignored`,
      line,
    );
  const value = read.value;
  if (value === null || value === undefined) return {};
  if (typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  return warn(warnings, 'front-matter-not-a-map', 'front matter is not a "key: value" map; ignored', line);
}
