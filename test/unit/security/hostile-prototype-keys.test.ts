// Prototype keys in profiles (tenth red team, found safe; kept as a regression test): `__proto__`,
// `constructor` and `prototype` as JSON Resume keys, front matter keys and values, file names, ids,
// skills and section titles neither pollute Object.prototype nor confuse the index or the answers.
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

describe('prototype keys in profiles', () => {
  const resume = parse(
    '{"basics":{"name":"Proto Resume","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":1}}},' +
      '"__proto__":{"skills":[{"name":"Evil"}]},"skills":[{"name":"Go","__proto__":{"keywords":["Evil"]}}]}',
    'proto-resume.json',
  );
  const front = parse(
    '---\n__proto__:\n  polluted: true\nid: constructor\nvisibility:\n  __proto__: private\n' +
      'aliases: [__proto__, prototype]\n---\n# Con Structor\n\n## __proto__\nText.\n\n## Skills\n- Rust, __proto__\n',
    'x.md',
  );
  const file = parse('# Proto File\n\n## Skills\n- toString, valueOf\n', '__proto__.md');

  it('read only what the profile says, and leave Object.prototype alone', () => {
    expect(resume.skills.map((s) => s.name)).toEqual(['Go']);
    expect(front.id).toBe('constructor');
    expect(front.skills.map((s) => s.name)).toContain('Rust');
    expect(file.name).toBe('Proto File');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
  });

  it('are answered as ordinary words', () => {
    const index = createProfileIndex([resume, front, file]);
    const engine = createEngine({ index: () => index, defaultProfile: null, contactEphemeral: true });
    const ask = (line: string) => engine.answer(engine.parse(line, { platform: 'shell' }));
    expect(ask('/profile constructor').person).toMatchObject({ id: 'constructor' });
    expect(ask('/whoknows rust').kind).toBe('whoknows');
    expect(renderText(ask('/whoknows rust'))).toContain('Con Structor');
    for (const line of [
      '/profile __proto__',
      '/whoknows constructor',
      '/section constructor __proto__',
      '/help __proto__',
      '/toString',
      'hasOwnProperty:1',
    ])
      expect(() => renderText(ask(line)), line).not.toThrow();
  });
});
