// Decoding profile bytes: BOMs, encodings, mojibake repair, line endings, and the files we refuse.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeProfileBytes } from '../../../src/profiles/decode/decode.js';

const fixtures = join(import.meta.dirname, '../../fixtures/profiles');
const seeds = join(import.meta.dirname, '../../../profiles');
const read = (dir: string, name: string) => new Uint8Array(readFileSync(join(dir, name)));

function decodeOk(bytes: Uint8Array, maxBytes?: number) {
  const result = decodeProfileBytes(bytes, { maxBytes });
  if (!result.ok) throw new Error(`expected text, got rejection: ${result.reason}`);
  return result;
}

const MOJIBAKE = /â€|ðŸ|Ã|Â|[\u0080-\u009f]/;

describe('decodeProfileBytes', () => {
  it('repairs the mojibake in rajat-jog.md, emoji and undefined-byte damage included', () => {
    const { text, warnings } = decodeOk(read(seeds, 'rajat-jog.md'));
    expect(text.startsWith('# 👋 Hi, I’m Rajat Jog\n')).toBe(true);
    expect(text).toContain('Senior Software Engineer • Backend Architect • Python/Django Specialist');
    expect(text).toContain('AWS Certified — Machine Learning');
    expect(text).toContain('Machine Learning – Specialty');
    expect(text).toContain('You’re already here 🙂');
    expect(text).toContain('## 🧠 How I Approach Software');
    expect(text).toContain('“making it work.”');
    expect(text).not.toMatch(MOJIBAKE);
    expect(warnings.map((w) => w.code)).toEqual(['mojibake-repaired']);
  });

  it('leaves correct UTF-8 text untouched and warns about nothing', () => {
    const bytes = read(seeds, 'rajdeep-sengupta.md');
    const { text, warnings } = decodeOk(bytes);
    expect(text).toBe(new TextDecoder().decode(bytes));
    expect(warnings).toEqual([]);
  });

  it('repairs damaged runs in a file that mixes them with correct accents and punctuation', () => {
    const { text } = decodeOk(read(fixtures, 'mixed-mojibake.md'));
    expect(text).toContain('# Müller Mixed');
    expect(text).toContain('Already right: café, naïve — “quotes”');
    expect(text).toContain('Damaged: I’m here — 👋 and café');
    expect(text).toContain('## 🛠 Skills');
  });

  it('repairs characters whose bytes Windows-1252 leaves undefined when they survive as C1 controls', () => {
    // ” is E2 80 9D: read as cp1252 with Latin-1 fallback it becomes "â€\u009d".
    const bytes = new TextEncoder().encode(
      'He said “hi\u00e2\u20ac\u009d and left. Ã\u0081lvaro, Å\u008dkami\n',
    );
    expect(decodeOk(bytes).text).toBe('He said “hi” and left. Álvaro, ōkami\n');
  });

  it('does not "repair" real text that only looks like one weak candidate', () => {
    const text = 'Spanish heading “AÑO” and Portuguese IRMÃ PAULA\n';
    expect(decodeOk(new TextEncoder().encode(text)).text).toBe(text);
  });

  it('repairs text damaged twice', () => {
    const twice = 'IÃ¢â‚¬â„¢m here\n';
    expect(decodeOk(new TextEncoder().encode(twice)).text).toBe('I’m here\n');
  });

  it('strips a UTF-8 byte order mark', () => {
    const { text } = decodeOk(read(fixtures, 'bom.md'));
    expect(text.startsWith('# Björn Ödegaard')).toBe(true);
  });

  it('decodes UTF-16 with a byte order mark', () => {
    const { text } = decodeOk(read(fixtures, 'utf16.md'));
    expect(text.startsWith('# Uta Sechzehn\n')).toBe(true);
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x23, 0x00, 0x20, 0x00, 0xe9, 0x00, 0x0a]);
    expect(decodeOk(be).text).toBe('# é\n');
  });

  it('reads a file that is not UTF-8 as Windows-1252 and says so', () => {
    const { text, warnings } = decodeOk(read(fixtures, 'latin1.md'));
    expect(text).toContain('# José Müller');
    expect(text).toContain('Développeur «backend» — naïve café 5 €');
    expect(warnings.map((w) => w.code)).toEqual(['decoded-as-cp1252']);
  });

  it('normalises CRLF and lone CR line endings to LF', () => {
    const { text } = decodeOk(read(fixtures, 'crlf.md'));
    expect(text).not.toMatch(/\r/);
    expect(text).toContain('Old Mac line one\nOld Mac line two\n');
  });

  it('normalises to NFC', () => {
    const { text } = decodeOk(new TextEncoder().encode('Jose\u0301\n'));
    expect(text).toBe('José\n');
  });

  it('rejects an empty file and a blank one with a clear reason', () => {
    expect(decodeProfileBytes(read(fixtures, 'empty.md'))).toEqual({ ok: false, reason: 'file is empty' });
    expect(decodeProfileBytes(read(fixtures, 'blank.md'))).toEqual({
      ok: false,
      reason: 'file contains only whitespace',
    });
  });

  it('rejects binary data: NUL bytes or mostly control characters', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    const nul = decodeProfileBytes(png);
    expect(nul.ok).toBe(false);
    expect(!nul.ok && nul.reason).toMatch(/NUL bytes.*binary/);
    const controls = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x41 : 0x01 + (i % 7)));
    const result = decodeProfileBytes(controls);
    expect(!result.ok && result.reason).toMatch(/control characters.*binary/);
  });

  it('rejects a file over the size limit, naming both sizes', () => {
    const result = decodeProfileBytes(new Uint8Array(2048).fill(0x61), { maxBytes: 1024 });
    expect(result).toEqual({ ok: false, reason: 'file is 2.0 KiB, over the 1.0 KiB limit for a profile' });
  });
});
