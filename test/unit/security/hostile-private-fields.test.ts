// A private contact written in a form the redaction did not know still read as the contact: a phone
// number spaced with typographic dashes ("+1–555–010–0199", U+2010–U+2015, U+2212) or written without its
// country code ("555-010-0199"), and an address with its "@" percent-encoded
// ("mailto:jane%40quill.example"), which a click opens as the address.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine/create-engine.js';
import type { Profile } from '../../../src/profiles/model/profile.js';
import { parseProfile } from '../../../src/profiles/parse-profile.js';
import { createProfileIndex } from '../../../src/search/profile-index.js';

function parse(text: string): Profile {
  const result = parseProfile(new TextEncoder().encode(text), 'jane-quill.md');
  if (!result.ok) throw new Error(result.rejected.reason);
  return result.profile;
}

const profileWith = (notes: string) =>
  parse(
    '---\nvisibility:\n  email: private\n  phone: private\n---\n# Jane Quill\n\n## Contact\n' +
      '- Email: jane@quill.example\n- Phone: +1 555 010 0199\n\n## Notes\n' +
      `${notes}\n`,
  );
const notes = (profile: Profile) => profile.sections.find((s) => s.title === 'Notes')?.text;

describe('private contacts written in other forms', () => {
  for (const dash of ['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212']) {
    it(`hides a private phone number spaced with U+${dash.charCodeAt(0).toString(16).toUpperCase()}`, () => {
      const profile = profileWith(`Call +1${dash}555${dash}010${dash}0199 or 555${dash}010${dash}0199.`);
      expect(notes(profile)).toBe('Call (private) or (private).');
    });
  }

  it('hides a private phone number written without its country code, or with a trunk 0', () => {
    const profile = profileWith('Call 555-010-0199, (555) 010-0199 or 0555 010 0199.');
    expect(notes(profile)).toBe('Call (private), (private) or (private).');
  });

  it('hides a private address whose "@" is percent-encoded, in text and in a link', () => {
    const profile = profileWith(
      'Write to mailto:jane%40quill.example or JANE%40QUILL.EXAMPLE, see [form](https://forms.example/?to=jane%40quill.example).',
    );
    expect(JSON.stringify(profile)).not.toMatch(/jane%40quill/i);
    expect(notes(profile)).toMatch(/^Write to \(private\) or \(private\), see form/);
  });

  it('still keeps a number that only shares digits with the private one, and other addresses', () => {
    const profile = profileWith('Room 555–010, fax 555-010-0198, bo%40quill.example and 2019–2021.');
    expect(notes(profile)).toBe('Room 555–010, fax 555-010-0198, (private) and 2019–2021.');
  });
});

// `listed: false` keeps a person out of every list, "asked about by name" only; person autocomplete
// offered them for any one letter, so typing a to z listed everyone hidden.
describe('an unlisted person in autocomplete', () => {
  const files = {
    'ada.md': '# Ada Lovelace\n\nEngineer.\n\n## Skills\n- Rust\n',
    'zed.md':
      '---\nlisted: false\nhandle: zedh\n---\n# Zed Hidden\n\nFirmware engineer.\n\n## Skills\n- Rust\n',
  };
  const profiles = Object.entries(files).map(([file, text]) => {
    const result = parseProfile(new TextEncoder().encode(text), file);
    if (!result.ok) throw new Error(result.rejected.reason);
    return result.profile;
  });
  const index = createProfileIndex(profiles);
  const engine = createEngine({ index: () => index, defaultProfile: null, contactEphemeral: true });
  const offered = (value: string) =>
    engine.autocomplete({ command: 'profile', option: 'person', value, args: {} }).map((c) => c.value);

  it('is not offered for the first letters of a name', () => {
    for (const typed of ['z', 'ze', 'h', 'hid', 'fir']) expect(offered(typed)).not.toContain('zed');
  });

  it('is offered once a whole name, handle or id is typed, as asking by name finds them', () => {
    for (const typed of ['zed', 'Hidden', 'zed hid', 'zedh']) expect(offered(typed)).toContain('zed');
    expect(offered('a')).toContain('ada');
  });

  // Eighth red team: a question reached them by a prefix or a near miss ("ze", "hid", "zedd"), also through
  // the comparisons ("ze vs ada", "does ze or ada know rust"): the same listing, a few letters at a time.
  const asked = (line: string) => JSON.stringify(engine.answer(engine.parse(line, { platform: 'shell' })));
  it('is not found by a question naming only the first letters of their name, or a near miss', () => {
    for (const line of ['ze', 'hid', 'zedd', 'ze vs ada', 'does ze or ada know rust', 'is hid a rust dev'])
      expect(asked(line)).not.toMatch(/Zed Hidden/);
  });

  it('is found by a question naming a whole word of their name or handle', () => {
    for (const line of ['zed', 'hidden', 'zed hid', 'zedh', 'does ada or zed know rust'])
      expect(asked(line)).toMatch(/Zed Hidden/);
  });
});
