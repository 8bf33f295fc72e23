import { runInThisContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { asciiOnly } from '../../../bin/ascii-only.js';

// Regular expression literals as the bundle keeps them: non-ASCII in classes, alternations, with and without u.
const LITERALS = [
  '/[ßæøœ]/g',
  '/正在学习|學習中|공부\\s?중/u',
  '/🔭|📍/iu',
  '/[🌱🔭]/u',
  '/[〜～]\\s*現在/',
  '/douyin|抖音/i',
];
const SAMPLES = [
  'ß',
  'x æ y',
  '正在学习 rust',
  '공부 중',
  'focus 🔭',
  '📍 Oslo',
  '🌱',
  '～ 現在',
  'douyin',
  '抖音',
  'ascii',
  '\ud83d',
];

describe('asciiOnly', () => {
  it('leaves ASCII untouched and writes nothing above U+007F', () => {
    expect(asciiOnly('const a = "x"; // plain')).toBe('const a = "x"; // plain');
    expect(asciiOnly(LITERALS.join('\n'))).toMatch(/^[\x00-\x7f]*$/);
  });

  it('keeps what every regular expression literal matches, with or without the u flag', () => {
    for (const literal of LITERALS) {
      const before = runInThisContext(literal) as RegExp;
      const after = runInThisContext(asciiOnly(literal)) as RegExp;
      for (const sample of SAMPLES)
        expect([literal, sample, after.test(sample)]).toEqual([literal, sample, before.test(sample)]);
    }
  });

  it('keeps string and comment text the same', () => {
    const source = 'const s = "naïve — 東京 🦀"; // café';
    expect(runInThisContext(`${asciiOnly(source)}\ns`)).toBe('naïve — 東京 🦀');
  });
});
