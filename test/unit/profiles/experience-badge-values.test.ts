import { describe, expect, it } from 'vitest';
import { parsed } from './extract-helpers.js';

describe('an experience item whose value is a badge', () => {
  it('is read with the badge name after its label ("Mentoring at: Codebridge Academy")', () => {
    const texts = parsed('test/fixtures/role-classes/kofi-mensah.md').experience.map((e) => e.text);
    expect(texts).toContain('Mentoring at: Codebridge Academy');
    expect(texts).toContain('Working at: Quillstack');
    expect(texts.some((t) => t.trimEnd().endsWith(':'))).toBe(false);
  });
});
