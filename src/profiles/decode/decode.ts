// decodeProfileBytes: raw file bytes → clean text (BOM, UTF-8/UTF-16/Windows-1252, mojibake repair, LF, NFC),
// or a human reason why the bytes are not a text profile.

import { withoutUnsafeCharacters } from '../../text/unsafe-characters.js';
import type { ParseWarning } from '../model/profile.js';
import { decodeCp1252 } from './cp1252.js';
import { repairMojibake } from './repair-mojibake.js';

export const DEFAULT_MAX_BYTES = 1024 * 1024;

export type DecodeResult =
  | { ok: true; text: string; warnings: ParseWarning[] }
  | { ok: false; reason: string };

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}

/** Shared with the loader, which rejects from the file size before reading. */
export function tooLargeReason(size: number, maxBytes: number): string {
  return `file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit for a profile`;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Controls other than tab, LF, CR, form feed: text has almost none, binary data has many. */
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g;

interface Seen {
  carriageReturn: boolean;
  /** A control character that CONTROL counts. */
  control: boolean;
  /** U+00C2–U+00F4: the lead byte of a UTF-8 sequence read as Windows-1252; mojibake has one. */
  mojibakeLead: boolean;
  /** A character from U+0300 on: below it, every text is already in NFC (no combining marks). */
  pastLatin: boolean;
  /** A form feed or an invisible format character (zero-width space, soft hyphen, bidi control…). */
  invisible: boolean;
}

/** Invisible format characters withoutUnsafeCharacters removes, from U+0300 on (see unsafe-characters.ts). */
const isInvisibleFormat = (c: number): boolean =>
  c === 0x180e ||
  c === 0x200b ||
  (c >= 0x202a && c <= 0x202e) ||
  (c >= 0x2060 && c <= 0x2064) ||
  (c >= 0x2066 && c <= 0x2069) ||
  c === 0xfeff;

/** One pass over the decoded text telling which of the later clean-up steps can change anything. */
function scan(text: string): Seen {
  const seen: Seen = {
    carriageReturn: false,
    control: false,
    mojibakeLead: false,
    pastLatin: false,
    invisible: false,
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20) {
      if (c === 0x0d) seen.carriageReturn = true;
      else if (c === 0x0c) seen.invisible = true;
      else if (c !== 0x09 && c !== 0x0a) seen.control = true;
    } else if (c >= 0x7f) {
      if (c <= 0x9f) seen.control = true;
      else if (c >= 0xc2 && c <= 0xf4) seen.mojibakeLead = true;
      else if (c === 0xad) seen.invisible = true;
      else if (c >= 0x300) {
        seen.pastLatin = true;
        if (isInvisibleFormat(c)) seen.invisible = true;
      }
    }
  }
  return seen;
}

function decodeText(bytes: Uint8Array, warnings: ParseWarning[]): string {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    warnings.push({
      code: 'decoded-as-cp1252',
      message: 'file is not valid UTF-8; read it as Windows-1252 (save it as UTF-8 to be sure)',
      line: null,
    });
    return decodeCp1252(body);
  }
}

export function decodeProfileBytes(bytes: Uint8Array, options: { maxBytes?: number } = {}): DecodeResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) return { ok: false, reason: tooLargeReason(bytes.length, maxBytes) };
  if (bytes.length === 0) return { ok: false, reason: 'file is empty' };
  const utf16 = startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
  if (!utf16 && bytes.includes(0)) {
    return {
      ok: false,
      reason:
        'file contains NUL bytes: it looks like a binary file (or UTF-16 without a byte order mark), not text',
    };
  }
  const warnings: ParseWarning[] = [];
  const decoded = decodeText(bytes, warnings);
  const seen = scan(decoded);
  const { text: repaired, repaired: count } = seen.mojibakeLead
    ? repairMojibake(decoded)
    : { text: decoded, repaired: 0 };
  if (count > 0) {
    warnings.push({
      code: 'mojibake-repaired',
      message: `repaired ${count} character${count === 1 ? '' : 's'} garbled by a wrong encoding (UTF-8 read as Windows-1252)`,
      line: null,
    });
  }
  // Each step only when the scan saw what it changes (most files need none of them).
  const lf = seen.carriageReturn ? repaired.replace(/\r\n?/g, '\n') : repaired;
  const normal = seen.pastLatin || count > 0 ? lf.normalize('NFC') : lf;
  const unmarked = normal.charCodeAt(0) === 0xfeff ? normal.slice(1) : normal;
  // A repair never adds a control character, so clean decoded text stays clean.
  const controls = seen.control ? (unmarked.match(CONTROL)?.length ?? 0) : 0;
  if (controls > 8 && controls / unmarked.length > 0.05) {
    return {
      ok: false,
      reason: `file is mostly control characters (${controls}): it looks like a binary file`,
    };
  }
  // The few controls of a text file, and invisible characters (a repair can make one: "â€‹" is a
  // zero-width space), go: nothing read from the file may carry them to a terminal or an answer.
  const text = seen.control || seen.invisible || count > 0 ? withoutUnsafeCharacters(unmarked) : unmarked;
  if (text.trim() === '') return { ok: false, reason: 'file contains only whitespace' };
  return { ok: true, text, warnings };
}
