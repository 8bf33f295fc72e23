// decodeOrKeep: the one percent-decoding of URL parts the extractors share (badges, icon files, pages).
import { describe, expect, it } from 'vitest';
import { decodeOrKeep } from '../../../src/profiles/extract/decode-or-keep.js';

describe('decodeOrKeep', () => {
  it('decodes percent escapes, including UTF-8 ones', () => {
    expect(decodeOrKeep('Docker%20Captain')).toBe('Docker Captain');
    expect(decodeOrKeep('C%2B%2B')).toBe('C++');
    expect(decodeOrKeep('Jürgen%20M%C3%BCller')).toBe('Jürgen Müller');
  });

  it('keeps a text with a malformed escape as it is', () => {
    expect(decodeOrKeep('100%-done')).toBe('100%-done');
    expect(decodeOrKeep('%E0%A4')).toBe('%E0%A4');
  });

  it('keeps a text without escapes as it is', () => {
    expect(decodeOrKeep('/in/rajat-jog')).toBe('/in/rajat-jog');
    expect(decodeOrKeep('')).toBe('');
  });
});
