// Characters a reader cannot see but a terminal or a renderer acts on: escape sequences (ESC, BEL, CR, C1)
// that rewrite the shell's screen or title, bidi overrides that show "‮TSUR" as "RUST", and zero-width or
// soft hyphens inside an address, which hid it from the private-contact redaction while it still read
// whole. Each could arrive raw, or as a JSON, YAML or HTML escape that only decodes after the bytes do.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine/create-engine.js';
import type { Profile } from '../../../src/profiles/model/profile.js';
import { parseProfile } from '../../../src/profiles/parse-profile.js';
import { renderText } from '../../../src/render/text.js';
import { createProfileIndex } from '../../../src/search/profile-index.js';

// Controls other than tab and line feed, the invisible format characters the product drops, and half
// of a surrogate pair (\p{Cs} in a u-pattern), which is no character at all.
const UNSAFE =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u180E\u200B\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]|\p{Cs}/u;

function parse(text: string, file: string): Profile {
  const result = parseProfile(new TextEncoder().encode(text), file);
  if (!result.ok) throw new Error(result.rejected.reason);
  return result.profile;
}

/** Every string of the profile except its file name, which is the store's key for it. */
function strings(value: unknown, out: string[] = [], key = ''): string[] {
  if (typeof value === 'string' && key !== 'file') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, out, k);
  return out;
}

function answers(profile: Profile, questions: string[]): string {
  const index = createProfileIndex([profile]);
  const engine = createEngine({ index: () => index, defaultProfile: null, contactEphemeral: false });
  return questions.map((q) => renderText(engine.answer(engine.parse(q, { platform: 'shell' })))).join('\n');
}

const ESC = '\u001b';
const HOSTILE: [string, string, string][] = [
  [
    'raw terminal escapes in Markdown',
    'eve.md',
    `# Eve ${ESC}[31mStone${ESC}[0m\n\nEngineer ${ESC}]0;pwned\u0007 and ${ESC}[2J\u009b2J done.\n\n## Skills\n- Rust${ESC}[8m, Go\n`,
  ],
  [
    'escapes written as JSON escapes in a JSON Resume',
    'mal.json',
    JSON.stringify({
      basics: {
        name: `Mal ${ESC}[31mRed`,
        label: `x ${ESC}]0;pwned\u0007 \r\u202eevil`,
        summary: 'hi\u200b',
      },
      skills: [{ name: 'Lang', keywords: [`Rust${ESC}[8m`, '\u202eTSUR\u202c'] }],
    }),
  ],
  [
    'halves of surrogate pairs written as JSON escapes',
    'half.json',
    '{"basics":{"name":"\\ud800Ada Lovelace\\udfff","label":"x\\udbff"},"skills":[{"name":"L","keywords":["Go\\ud83d"]}]}',
  ],
  [
    'escapes written as YAML escapes in front matter',
    'yam.md',
    '---\nname: "Yam \\e[31mLee"\nheadline: "h \\x1b]0;t\\x07 \\u202e"\n---\n# Yam Lee\n\nText.\n',
  ],
  [
    'bidi controls and zero-width spaces raw and as HTML entities',
    'bo.md',
    '# Bo \u202eenoTS\u202c Jones\n\nEngineer &#x202E;gnirts&#x202C; &#x200B;x\u2066y\u2069.\n\n## Skills\n- \u202eTSUR\u202c, Go\u200b\n',
  ],
];

describe('characters a reader cannot see', () => {
  for (const [what, file, text] of HOSTILE) {
    it(`leave no control or invisible format character in the profile or its answers: ${what}`, () => {
      const profile = parse(text, file);
      const found = strings(profile).filter((s) => UNSAFE.test(s));
      expect(found).toEqual([]);
      const said = answers(profile, [`/profile ${profile.id}`, `/skills ${profile.id}`, '/people']);
      expect(said).not.toMatch(UNSAFE);
    });
  }

  it('reads a name written with zero-width spaces as the name', () => {
    expect(parse('# A\u200bda Love\u00adlace\n\nEngineer.\n', 'x.md').name).toBe('Ada Lovelace');
  });

  it('hides a private address with a zero-width space or a soft hyphen in it', () => {
    const text =
      '---\nvisibility:\n  email: private\n---\n# Jane Quill\n\n## Contact\n- Email: jane@quill.example\n\n' +
      '## Notes\nWrite to jane\u200b@quill.example or jane\u00ad@quill.example.\n';
    const profile = parse(text, 'jane.md');
    const said = JSON.stringify(profile) + answers(profile, ['/section jane notes', '/search quill']);
    expect(said).not.toMatch(/quill\.example/);
    expect(profile.sections.find((s) => s.title === 'Notes')?.text).toBe('Write to (private) or (private).');
  });

  it('keeps the joiners that spell emoji and Persian or Indic words', () => {
    const profile = parse('# Ada Lovelace\n\nCoder 👩‍💻 می‌خواهم क्‍ष.\n', 'ada.md');
    expect(profile.headline).toBe('Coder 👩‍💻 می‌خواهم क्‍ष.');
  });

  it('shows an answer without controls even when the asker typed them', () => {
    const profile = parse('# Ada Lovelace\n\nEngineer.\n', 'ada.md');
    expect(answers(profile, [`/search ${ESC}]0;pwned\u0007zz`])).not.toMatch(UNSAFE);
  });
});

describe('invisible characters in what the asker types', () => {
  const profile = parse('# Ada Lovelace\n\nEngineer.\n\n## Skills\n- Rust, Go\n', 'ada.md');
  const index = createProfileIndex([profile]);
  const engine = createEngine({ index: () => index, defaultProfile: null, contactEphemeral: false });

  it('are not echoed back on any platform, so a bidi override cannot reorder the answer around them', () => {
    const reply = engine.answer({
      platform: 'discord',
      command: 'search',
      args: { query: '\u202enoitatnemucod' },
    });
    expect(JSON.stringify(reply)).not.toMatch(/\u202e/);
    const typed = engine.answer(engine.parse('/whoknows \u202etsur\u202c', { platform: 'slack' }));
    expect(JSON.stringify(typed)).not.toMatch(/[\u202e\u202c]/);
  });

  it('do not break a word the asker meant: "ru\u200bst" is Rust', () => {
    const reply = engine.answer(engine.parse('who knows ru\u200bst?', { platform: 'shell' }));
    expect(reply.kind).toBe('whoknows');
    expect(renderText(reply)).toContain('Ada Lovelace');
    const choices = engine.autocomplete({
      command: 'whoknows',
      option: 'skill',
      value: 'Ru\u200bs',
      args: {},
    });
    expect(choices.map((c) => c.value)).toContain('Rust');
  });
});
