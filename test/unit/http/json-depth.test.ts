// jsonDepthExceeds: the pre-parse nesting check in front of JSON.parse and zod.
import { describe, expect, it } from 'vitest';
import { jsonDepthExceeds } from '../../../src/platforms/http/json-depth.js';

describe('jsonDepthExceeds', () => {
  it('counts nested arrays and objects', () => {
    expect(jsonDepthExceeds('{"a":[{"b":[1]}]}', 4)).toBe(false);
    expect(jsonDepthExceeds('{"a":[{"b":[1]}]}', 3)).toBe(true);
    expect(jsonDepthExceeds(`${'['.repeat(1000)}${']'.repeat(1000)}`, 32)).toBe(true);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    const text = JSON.stringify({ a: '[[[[{{{{', b: 'say \\"[[[[\\" twice', c: ['"', '\\'] });
    expect(jsonDepthExceeds(text, 2)).toBe(false);
  });

  it('counts siblings as the same depth', () => {
    expect(jsonDepthExceeds(JSON.stringify(Array.from({ length: 500 }, () => [[1]])), 3)).toBe(false);
  });

  it('scans a 64 KiB body of brackets quickly', () => {
    const text = '['.repeat(64 * 1024);
    const t0 = performance.now();
    expect(jsonDepthExceeds(text, 1_000_000)).toBe(false);
    expect(performance.now() - t0).toBeLessThan(1_000); // linear: well under 1 ms when the machine is idle
  });
});
