// repairMojibake: undoes "UTF-8 read as Windows-1252 and saved again" (â€™ → ’, ðŸ‘‹ → 👋) without
// touching text that was right: each damaged run is re-decoded on its own and kept only if it is plausible.
import { CP1252_HIGH_CLASS, cp1252Byte } from './cp1252.js';

const RUN = new RegExp(`[${CP1252_HIGH_CLASS}]+`, 'gu');

/** Decoded characters that a real profile would not contain: C1 controls, unassigned, private use, NKo & co. */
const IMPLAUSIBLE = /[\u0080-\u009F\u0700-\u08FF\p{Cn}\p{Co}]/u;

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

function decodeSequence(bytes: number[]): string | null {
  // Continuation bytes are 80–BF: checked first, because a throwing decode costs microseconds and a
  // run of accented letters ("éééé…") would otherwise throw once per letter.
  for (let i = 1; i < bytes.length; i++) if (bytes[i]! < 0x80 || bytes[i]! > 0xbf) return null;
  // "Â" + a C1 control is the byte 80–9F of an inner layer of damage read as Latin-1 ("â\u0080¦" read
  // again: "Ã¢Â\u0080Â¦"): decoded to that control, which the next pass joins with its neighbours.
  if (bytes.length === 2 && bytes[0] === 0xc2 && bytes[1]! <= 0x9f) return String.fromCharCode(bytes[1]!);
  try {
    const text = STRICT_UTF8.decode(new Uint8Array(bytes));
    return IMPLAUSIBLE.test(text) ? null : text;
  } catch {
    return null;
  }
}

/**
 * Damage where a byte is gone: savers drop the bytes cp1252 leaves undefined. "â€" ending a run was almost
 * always "”" (E2 80 9D); an emoji "ðŸ…" missing a byte can't be rebuilt, so its fragment is dropped.
 */
function lostByteRepair(
  bytes: number[],
  runEndsAfterTwo: boolean,
): { text: string; consumed: number } | null {
  if (bytes[0] === 0xe2 && bytes[1] === 0x80 && runEndsAfterTwo) return { text: '”', consumed: 2 };
  if (bytes[0] === 0xf0 && bytes[1] === 0x9f) {
    let consumed = 2;
    while (consumed < 4 && (bytes[consumed] ?? 0) >= 0x80 && (bytes[consumed] ?? 0) <= 0xbf) consumed += 1;
    return { text: '', consumed };
  }
  return null;
}

interface RunRepair {
  text: string;
  /** Strong evidence: a 3/4-byte sequence, or a 2-byte one led by Ã/Â (the common accented-letter damage). */
  strong: boolean;
  count: number;
  /** Characters of the input consumed after the run (a space that stood for a lost NBSP). */
  extra: number;
}

/** Greedy, per UTF-8 sequence, so a correct "é" next to a damaged "â€™" stays as it is. */
function repairRun(run: string, next: string | undefined): RunRepair {
  const chars = [...run];
  let text = '';
  let strong = false;
  let count = 0;
  let extra = 0;
  for (let i = 0; i < chars.length; ) {
    const lead = cp1252Byte(chars[i]!);
    const length = sequenceLength(lead);
    const bytes = chars.slice(i, i + length).map(cp1252Byte);
    // Editors often turn the NBSP (0xA0) that ends an emoji ("ðŸ§ " for 🧠) into a plain space. Not for
    // 2-byte "Ã ": that is also a real Portuguese word ending ("IRMÃ PAULA").
    const lostNbsp =
      length === 4 && bytes.length === length - 1 && i + length - 1 === chars.length && next === ' ';
    if (lostNbsp) bytes.push(0xa0);
    const decoded = length > 0 && bytes.length === length ? decodeSequence(bytes) : null;
    if (decoded === null) {
      const lost = lostByteRepair(bytes, i + 2 === chars.length);
      text += lost?.text ?? chars[i];
      i += lost?.consumed ?? 1;
      if (lost) {
        count += 1;
        strong = true;
      }
      continue;
    }
    text += decoded;
    count += 1;
    strong ||= length > 2 || lead === 0xc3 || lead === 0xc2;
    i += length;
    if (lostNbsp) {
      extra = 1;
      i = chars.length;
    }
  }
  return { text, strong, count, extra };
}

function repairOnce(text: string): { text: string; count: number } {
  const repairs: { index: number; length: number; text: string }[] = [];
  let strong = false;
  let count = 0;
  for (const match of text.matchAll(RUN)) {
    const run = match[0];
    const next = text[match.index + run.length];
    const repair = repairRun(run, next);
    if (repair.count === 0) continue;
    strong ||= repair.strong;
    count += repair.count;
    repairs.push({ index: match.index, length: run.length + repair.extra, text: repair.text });
  }
  // Lone weak candidates ("AÑO”" in real Spanish) are left alone unless the file shows clear damage elsewhere.
  if (!strong || count === 0) return { text, count: 0 };
  let out = '';
  let at = 0;
  for (const r of repairs) {
    out += text.slice(at, r.index) + r.text;
    at = r.index + r.length;
  }
  return { text: out + text.slice(at), count };
}

/** Layers of damage undone at most (text saved wrongly again and again); each pass is linear. */
const MAX_PASSES = 4;

/** Repairs mojibake, layer by layer while a pass finds any; returns how many characters were fixed. */
export function repairMojibake(text: string): { text: string; repaired: number } {
  let repaired = 0;
  let current = text;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const once = repairOnce(current);
    if (once.count === 0) break;
    repaired += once.count;
    current = once.text;
  }
  return { text: current, repaired };
}
