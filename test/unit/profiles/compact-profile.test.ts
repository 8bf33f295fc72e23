// compactProfile must change nothing a reader can see (its heap savings are measured in npm run bench).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compactProfile } from '../../../src/profiles/model/compact-profile.js';
import { parseProfile } from '../../../src/profiles/parse-profile.js';

const seeds = join(import.meta.dirname, '../../../profiles');
const parse = (file: string) => {
  const result = parseProfile(readFileSync(join(seeds, file)), file);
  if (!result.ok) throw new Error(result.rejected.reason);
  return result.profile;
};

describe('compactProfile', () => {
  it('returns a profile equal to the one it was given', () => {
    for (const file of ['rajat-jog.md', 'rajdeep-sengupta.md']) {
      const profile = parse(file);
      expect(compactProfile(structuredClone(profile))).toEqual(profile);
    }
  });
});

describe('compactProfile on every kind of field', () => {
  it('serialises exactly as the profile it was given, and its empty lists refuse changes', () => {
    const profile = parse('rajat-jog.md');
    const full = structuredClone(profile);
    full.aliases = [];
    full.certifications = [{ name: 'CKA', issuer: null, url: 'https://example.com/cka', line: 3 }];
    full.warnings = [{ code: 'x', message: 'made up', line: null }];
    const compacted = compactProfile(structuredClone(full));
    expect(JSON.stringify(compacted)).toBe(JSON.stringify(full));
    expect(() => (compacted.aliases as string[]).push('someone')).toThrow(TypeError);
  });
});
