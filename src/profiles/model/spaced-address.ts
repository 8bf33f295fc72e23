// redactSpacedAddresses: e-mail addresses spelled out with spaces and marks a regex could not take in
// linear time ("jo [@] quill [.] example", "jo (AT) quill (DOT) example", "jo @ quill . example",
// "jo -at- quill -dot- example"), found by one walk over the text: each "@" or "at" is a possible
// address sign, tried once with a bounded look to each side, so the cost is linear in the text.

const MAX_LOCAL = 64;
const MAX_LABEL = 63;
const MAX_DOTS = 6;
/** Spaces allowed between a mark and what it joins (" [ at ] ", "quill  .  example"). */
const MAX_GAP = 2;
const CLOSER: Record<string, string> = { '[': ']', '(': ')', '{': '}', '<': '>' };
/** Marks written around "at" with the same character on both sides: -at-, _at_, /at/, *at*, |at|. */
const SAME = new Set(['-', '_', '/', '*', '|']);

const isLabelChar = (c: string | undefined): boolean =>
  c !== undefined &&
  ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '_' || c === '-');
const isLocalChar = (c: string | undefined): boolean => isLabelChar(c) || c === '.' || c === '+';
const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\u00a0';
const isAlnum = (c: string | undefined): boolean => isLabelChar(c) && c !== '_' && c !== '-';

/** Index past up to MAX_GAP spaces from `i` (forwards, or backwards with step -1). */
function gap(text: string, i: number, step: 1 | -1): number {
  let j = i;
  for (let n = 0; n < MAX_GAP && isSpace(text[step === 1 ? j : j - 1]); n++) j += step;
  return j;
}

/** `word` (lowercase) at `i`, any case, not inside a longer word. */
function wordAt(text: string, i: number, word: string): boolean {
  return (
    text.slice(i, i + word.length).toLowerCase() === word &&
    !isAlnum(text[i - 1]) &&
    !isAlnum(text[i + word.length])
  );
}

interface Mark {
  start: number;
  end: number;
  /** Written in a form only an address takes: wrapped in marks, or an "@" with spaces on both sides. */
  unmistakable: boolean;
}

/** The address sign whose "@"/"at" starts at `i`: wrapped ("[at]", "( @ )", "-at-") or bare (" at ", "@"). */
function atMark(text: string, i: number): Mark | null {
  const c = text[i]!;
  const sign = c === '@' || c === '＠' ? 1 : wordAt(text, i, 'at') ? 2 : 0;
  if (sign === 0) return null;
  return wrapped(text, i, i + sign) ?? bareAt(text, i, i + sign);
}

/** `from`..`to` wrapped in a pair of marks, up to MAX_GAP spaces inside each. */
function wrapped(text: string, from: number, to: number): Mark | null {
  const open = gap(text, from, -1) - 1;
  const close = gap(text, to, 1);
  const opener = text[open];
  if (opener === undefined) return null;
  const closer = CLOSER[opener] ?? (SAME.has(opener) ? opener : undefined);
  return closer !== undefined && text[close] === closer
    ? { start: open, end: close + 1, unmistakable: true }
    : null;
}

function bareAt(text: string, from: number, to: number): Mark | null {
  const before = from - gap(text, from, -1);
  const after = gap(text, to, 1) - to;
  if (to - from === 2) {
    // The word "at" only as " at " or " AT ": "At" starts a sentence far more often than it joins an address.
    const word = text.slice(from, to);
    return before > 0 && after > 0 && (word === 'at' || word === 'AT')
      ? { start: from, end: to, unmistakable: false }
      : null;
  }
  return { start: from, end: to, unmistakable: before > 0 && after > 0 };
}

/** The dot sign at `i` (after up to MAX_GAP spaces): "." / "．" unless spaced after only, "[.]", "(dot)", " dot ". */
function dotMark(text: string, i: number): number | null {
  const at = gap(text, i, 1);
  const c = text[at];
  if (c === '.' || c === '．') {
    const end = gap(text, at + 1, 1);
    // "quill . example", "quill .example", never "example. Thanks": a sentence's end is spaced after only.
    return at === i && end > at + 1 ? null : end;
  }
  const inner = c !== undefined && (CLOSER[c] || SAME.has(c)) ? gap(text, at + 1, 1) : -1;
  if (inner >= 0) {
    const sign = text[inner] === '.' ? 1 : wordAt(text, inner, 'dot') ? 3 : 0;
    const close = gap(text, inner + sign, 1);
    const closer = CLOSER[c!] ?? c;
    if (sign > 0 && text[close] === closer) return gap(text, close + 1, 1);
    return null;
  }
  const word = text.slice(at, at + 3);
  return at > i && (word === 'dot' || word === 'DOT') && wordAt(text, at, 'dot') && isSpace(text[at + 3])
    ? gap(text, at + 3, 1)
    : null;
}

/** A run of `is` characters from `i`, at most `max` long and not part of a longer one; its end or null. */
function run(text: string, i: number, max: number, is: (c: string | undefined) => boolean): number | null {
  let j = i;
  while (j - i <= max && is(text[j])) j++;
  return j > i && j - i <= max ? j : null;
}

/** An address around the sign `mark`: its start and, for each count of labels, its end and plain form. */
function addressAround(text: string, mark: Mark): { start: number; ends: [number, string][] } | null {
  const localEnd = gap(text, mark.start, -1);
  let start = localEnd;
  while (localEnd - start <= MAX_LOCAL && isLocalChar(text[start - 1])) start--;
  if (start === localEnd || localEnd - start > MAX_LOCAL) return null;
  const local = text.slice(start, localEnd);
  const first = gap(text, mark.end, 1);
  let end = run(text, first, MAX_LABEL, isLabelChar);
  if (end === null) return null;
  let plain = `${local}@${text.slice(first, end)}`;
  const ends: [number, string][] = [];
  for (let dots = 0; dots < MAX_DOTS; dots++) {
    const label = dotMark(text, end);
    const next = label === null ? null : run(text, label, MAX_LABEL, isLabelChar);
    if (label === null || next === null) break;
    plain += `.${text.slice(label, next)}`;
    end = next;
    ends.push([end, plain.toLowerCase()]);
  }
  return ends.length > 0 ? { start, ends } : null;
}

/**
 * `text` with each spelled-out address that `hide` accepts (given its plain lowercase form and whether
 * it is written as only an address is) replaced by `replacement`; the longest accepted form wins.
 */
export function redactSpacedAddresses(
  text: string,
  hide: (plain: string, unmistakable: boolean) => boolean,
  replacement: string,
): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '@' && c !== '＠' && c !== 'a' && c !== 'A') continue;
    const mark = atMark(text, i);
    const address = mark && mark.start >= copied ? addressAround(text, mark) : null;
    if (!address || address.start < copied) continue;
    const hit = address.ends.findLast(([, plain]) => hide(plain, mark!.unmistakable));
    if (!hit) continue;
    out += text.slice(copied, address.start) + replacement;
    copied = hit[0];
    i = copied - 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
