// A private phone number written in the international forms of countries with a trunk 0: "+44 (0)20 …"
// (the trunk digit kept in brackets) and "0044 …" ("00" for "+"). Each is the same number, and dialled.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../src/profiles/model/profile.js';
import { parseProfile } from '../../../src/profiles/parse-profile.js';

function parse(contact: string, notes: string): Profile {
  const text = `---\nvisibility:\n  phone: private\n---\n# Jane Quill\n\n## Contact\n- Phone: ${contact}\n\n## Notes\n${notes}\n`;
  const result = parseProfile(new TextEncoder().encode(text), 'jane-quill.md');
  if (!result.ok) throw new Error(result.rejected.reason);
  return result.profile;
}
const notes = (profile: Profile) => profile.sections.find((s) => s.title === 'Notes')?.text;

describe('a private phone number with a trunk 0', () => {
  it('is hidden written with the trunk 0 in brackets after the country code, or with 00 for +', () => {
    const profile = parse(
      '+44 20 7946 0958',
      'Call +44 (0)20 7946 0958, +44 (0) 20 7946 0958 or 0044 20 7946 0958.',
    );
    expect(notes(profile)).toBe('Call (private), (private) or (private).');
  });

  it('is hidden in its plain international form when the contact keeps the bracketed 0', () => {
    const profile = parse('+49 (0)30 1234 5678', 'Call +49 30 1234 5678 or 030 1234 5678.');
    expect(notes(profile)).toBe('Call (private) or (private).');
  });

  it('leaves a number that differs in more than the trunk 0', () => {
    const profile = parse('+44 20 7946 0958', 'Fax +44 (0)20 7946 0959.');
    expect(notes(profile)).toBe('Fax +44 (0)20 7946 0959.');
  });
});
