// A JSON Resume nested deeper than any resume (ninth red team): JSON.parse with a reviver recursed per level
// and a valid file 20,000 levels deep was rejected as "not valid JSON: Maximum call stack size exceeded",
// or parsed, depending on how deep the caller's stack already was. Now a clear reason with its line.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../../src/profiles/parse-profile.js';

const parse = (text: string) => parseProfile(new TextEncoder().encode(text), 'ada.json');
const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('a JSON Resume nested deeper than any resume', () => {
  it('is rejected as too deep, with the line where it gets too deep', () => {
    const result = parse(`{\n"basics": {"name": "Ada Lovelace"},\n"x": ${nested(20_000)}\n}`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.rejected.reason).toBe(
      'JSON nested more than 100 levels deep (a JSON Resume is a few levels deep)',
    );
    expect(result.rejected.line).toBe(3);
  });

  it('is rejected the same way when text follows it', () => {
    const result = parse(`{"basics": {"name": "Ada Lovelace"}, "x": ${nested(20_000)}}\n- [ ] todo\n`);
    expect(result.ok ? null : result.rejected.reason).toMatch(/^JSON nested more than 100 levels/);
  });

  it('still reads a resume nested a few levels, and one followed by a run of open brackets', () => {
    expect(parse(`{"basics": {"name": "Ada Lovelace"}, "x": ${nested(50)}}`).ok).toBe(true);
    const trailing = parse(`{"basics": {"name": "Ada Lovelace"}}\n${'{['.repeat(50_000)}`);
    expect(trailing.ok).toBe(true);
  });
});
