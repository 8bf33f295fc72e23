import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../../src/profiles/parse-profile.js';

// The file is named after the handle, as a profile repository is: "okarlsson".
const contacts = () => {
  const bytes = readFileSync('test/fixtures/real-patterns/contacts-theme-icons.md');
  const result = parseProfile(bytes, 'okarlsson.md');
  if (!result.ok) throw new Error(result.rejected.reason);
  return result.profile.contacts.map((c) => [c.kind, c.value]);
};

describe('contacts behind theme icons and spelled-out handles', () => {
  it('drops the "#gh-light-mode-only" theme fragment and reads the site from the address, once', () => {
    const found = contacts();
    expect(found).toEqual(
      expect.arrayContaining([
        ['x', 'https://twitter.com/olakdev'],
        ['instagram', 'https://instagram.com/olakdev'],
      ]),
    );
    expect(found.filter(([, v]) => v!.includes('mode-only'))).toEqual([]);
    expect(found.filter(([, v]) => v === 'https://twitter.com/olakdev')).toHaveLength(1);
  });

  it('reads a profile whose address spells the initial-and-surname handle out ("okarlsson" ~ "karlsson", "OlaKarlsson")', () => {
    expect(contacts()).toEqual(
      expect.arrayContaining([
        ['linkedin', 'https://linkedin.com/in/karlsson'],
        ['youtube', 'https://www.youtube.com/OlaKarlsson'],
      ]),
    );
  });

  it('does not take another person with a different surname for the owner', () => {
    expect(contacts().map(([, v]) => v)).not.toContain('https://linkedin.com/in/lenakarlberg');
  });
});
