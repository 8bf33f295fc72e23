// Private contacts in forms no address pattern read (ninth red team): a code-mode bio's `self.mail = "jo" +
// "@" + "…"` and `gmail = "…"`, `self.linkedin = "jo-q"`, "E-mail: jo {at} quill" stayed in /section, /search
// and background answers; and "jo's linkedin?" over a private LinkedIn quoted the lines naming LinkedIn
// ("What the profile says about LinkedIn"), which hold it.
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

const BIO = [
  '# Jo Quill',
  '',
  'Platform engineer at Globex.',
  '',
  '```python',
  'class JoQuill:',
  '    def __init__(self):',
  '        self.name = "Jo Quill"',
  '        self.role = "Platform Engineer"',
  '        self.mail = "jo.one" + "@" + "quill.example"',
  '        self.gmail = "jotwo.quill"',
  '        self.linkedin = "jo-three-quill"',
  '        self.telegram = "@jo_four_tg"',
  '        self.languages = ["Python", "Go"]',
  '```',
  '',
  '## About',
  '',
  'E-mail: jofive {at} quill',
  'Mailing list: weekly notes',
  '',
  '## Contact',
  '',
  '- [LinkedIn](https://www.linkedin.com/in/jo-eight-quill)',
  '- Telegram: t.me/jo_nine_tg',
  '',
].join('\n');
const SECRET = /jo\.one|jotwo|jo-three|jo_four|jofive|jo-eight|jo_nine/i;
const jo = (visibility: string) => parse(`---\nvisibility:\n${visibility}---\n${BIO}`, 'jo-quill.md');

describe('private contacts written under their key or in bracketed forms', () => {
  it('are hidden from the whole profile when their kinds are private', () => {
    const profile = jo('  email: private\n  linkedin: private\n  telegram: private\n');
    expect(JSON.stringify(profile)).not.toMatch(SECRET);
    expect(JSON.stringify(profile)).toContain('self.mail = (private)');
    // Keys of other kinds and the bio's other fields stay.
    expect(JSON.stringify(profile)).toContain('self.role = \\"Platform Engineer\\"');
  });

  it('stay when nothing is private', () => {
    expect(JSON.stringify(jo('  github: public\n'))).toContain('jotwo.quill');
  });

  it('keep lines under keys of no private kind', () => {
    const text = JSON.stringify(jo('  email: private\n'));
    expect(text).toContain('Mailing list: weekly notes');
    expect(text).toContain('jo-three-quill');
  });
});

describe('answers over a profile whose e-mail, LinkedIn and Telegram are private', () => {
  const index = createProfileIndex([jo('  email: private\n  linkedin: private\n  telegram: private\n')]);
  const engine = createEngine({ index: () => index, defaultProfile: null, contactEphemeral: true });
  const ask = (q: string) => renderText(engine.answer(engine.parse(q, { platform: 'shell' })));
  const questions = [
    "jo's linkedin?",
    'jo email?',
    'how can I reach jo by email',
    "jo's telegram",
    "what's jo's background",
    '/section jo about',
    '/search mail',
    '/search linkedin',
    '/search gmail',
    "thanks! and jo's email?",
    'linkedin de jo',
  ];

  it.each(questions)('hold none of them: %s', (question) => {
    expect(ask(question)).not.toMatch(SECRET);
  });

  it('say a private kind is private instead of quoting the lines that name it', () => {
    const reply = ask("jo's linkedin?");
    expect(reply).toContain("Jo Quill's LinkedIn is private.");
    expect(reply).not.toContain('What the profile says about LinkedIn');
  });
});
