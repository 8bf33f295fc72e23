// Private contacts in forms the newer extractors read as contacts but the redaction did not (eighth red
// team): an obfuscated address ("jane [at] quill [dot] example", "jane(at)quill(dot)example", the
// full-width "jane＠quill．example") stayed in the text of sections, search snippets and /section answers,
// and a profile link a README generator doubled ("twitter.com/https://twitter.com/jane") stayed in the
// profile's links (its JSON output and parse cache). Each is asked through the new answer paths too:
// several topics, comparisons, fact lines.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine/create-engine.js';
import type { Profile } from '../../../src/profiles/model/profile.js';
import { parseProfile } from '../../../src/profiles/parse-profile.js';
import { renderText } from '../../../src/render/text.js';
import { createProfileIndex } from '../../../src/search/profile-index.js';

function parse(text: string, file: string): Profile {
  const result = parseProfile(new TextEncoder().encode(text), file);
  if (!result.ok) throw new Error(result.rejected.reason);
  return result.profile;
}

const jane = (visibility: string) =>
  parse(
    `---\nvisibility:\n${visibility}---\n# Jane Quill\n\nBackend engineer.\n\n` +
      'Email: jane [at] quill [dot] example\n' +
      'Mail: jane(at)quill(dot)example · jane＠quill．example\n\n' +
      '[Twitter](https://twitter.com/https://twitter.com/janeq_tw)\n\n' +
      '## Contact\n- 📧 jane {at} quill {dot} example\n\n## Skills\n- Rust\n',
    'jane-quill.md',
  );
const ADDRESS = /jane\s?(?:[[({]\s?at\b|＠)|quill\s?(?:[[({]\s?dot\b|\.example|．)/i;
const SECRET = new RegExp(`janeq_tw|${ADDRESS.source}`, 'i');

describe('a private e-mail address written obfuscated', () => {
  it('is hidden everywhere in the profile when e-mail is private', () => {
    const profile = jane('  email: private\n');
    expect(JSON.stringify(profile)).not.toMatch(ADDRESS);
    expect(profile.sections[0]!.text).toContain('Email: (private)\nMail: (private) · (private)');
  });

  it('keeps an ordinary sentence with "at" and "dot" in it', () => {
    const profile = parse(
      '---\nvisibility:\n  email: private\n---\n# Bo Lind\n\nI work at Acme, a dot com startup.\n',
      'bo-lind.md',
    );
    expect(profile.sections[0]!.text).toContain('I work at Acme, a dot com startup.');
  });
});

describe('a private profile link a README generator doubled', () => {
  it('is dropped from the profile with its text', () => {
    const profile = jane('  x: private\n');
    expect(JSON.stringify(profile)).not.toMatch(/janeq_tw/);
  });
});

describe('the new answer paths over a profile whose contacts are all private', () => {
  const bo = parse('# Bo Lind\n\nEngineer.\n\n## Skills\n- Rust\n', 'bo-lind.md');
  const index = createProfileIndex([jane('  contacts: private\n'), bo]);
  const engine = createEngine({ index: () => index, defaultProfile: null, contactEphemeral: true });
  const questions = [
    'jane email, phone and wechat',
    'jane location and email',
    'does jane or bo know rust',
    'jane vs bo',
    'email of jane and bo',
    'jane mail',
    'jane: email',
    'jane email rn',
    'search quill',
    '/section jane contact',
    '/section jane jane quill',
  ];
  for (const question of questions)
    it(`shows nothing private for "${question}"`, () => {
      const reply = engine.answer(engine.parse(question, { platform: 'shell' }));
      expect(JSON.stringify(reply)).not.toMatch(SECRET);
      expect(renderText(reply)).not.toMatch(SECRET);
    });
});
