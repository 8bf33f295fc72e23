// Private e-mail addresses spelled out with spaces and marks the obfuscated-address regex could not take
// in linear time ("jo [@] quill [.] example", "jo (AT) quill (DOT) example", "jo @ quill . example"), on a
// line whose label does not name the kind: they came out through /search, /section and answers (tenth
// red team). A token walk (spaced-address.ts) finds them; the redaction hides them with the rest.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine/create-engine.js';
import type { Profile } from '../../../src/profiles/model/profile.js';
import { redactSpacedAddresses } from '../../../src/profiles/model/spaced-address.js';
import { parseProfile } from '../../../src/profiles/parse-profile.js';
import { renderText } from '../../../src/render/text.js';
import { createProfileIndex } from '../../../src/search/profile-index.js';
import { timeRun } from '../../fuzz/fuzz-targets.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures/private-spaced');

function load(file: string): Profile {
  const result = parseProfile(readFileSync(join(FIXTURES, file)), file);
  if (!result.ok) throw new Error(result.rejected.reason);
  return result.profile;
}

/** The address in any spelling: its domain's two labels with at most a few marks and spaces between. */
const SPELLED = /(?:quill|ito)\W{0,6}(?:dot|\.)\W{0,6}example/i;

describe('a private address spelled out with spaces and marks', () => {
  it('is hidden in every form when e-mail is private', () => {
    const profile = load('jo-quill.md');
    expect(JSON.stringify(profile)).not.toMatch(SPELLED);
    const elsewhere = profile.sections.find((s) => s.title === 'Elsewhere')!;
    expect(elsewhere.items).toEqual([
      'Drop a note: (private)',
      'Or try (private), (private) or (private)',
      'Old inbox: (private)',
    ]);
  });

  it('is hidden when every contact is private, with the words around it kept', () => {
    const profile = load('ren-ito.md');
    expect(JSON.stringify(profile)).not.toMatch(SPELLED);
    const reach = profile.sections.find((s) => s.title === 'Reach me')!;
    expect(reach.text).toContain('Write to (private) (replies within a week), or (private).');
  });

  it('never comes out of /search, /section or a question', () => {
    const index = createProfileIndex([load('jo-quill.md'), load('ren-ito.md'), load('ida-moss.md')]);
    const engine = createEngine({ index: () => index, defaultProfile: null, contactEphemeral: true });
    for (const line of [
      '/search quill example',
      '/search note',
      '/section jo elsewhere',
      '/section ren reach me',
      '/contact jo',
      'how do I reach ren?',
      'what is jo email',
      '/search ito example',
    ]) {
      const text = renderText(engine.answer(engine.parse(line, { platform: 'shell' })));
      expect(text, line).not.toMatch(SPELLED);
    }
  });

  it('leaves a public profile and ordinary sentences with "at", "@" and " . " alone', () => {
    const profile = load('ida-moss.md');
    expect(profile.sections[0]!.text).toContain(
      'I work at Acme. Then at Globex . Mostly Python. Find me @ the',
    );
    expect(profile.sections[0]!.text).toContain('ida [@] moss [.] example');
  });
});

describe('redactSpacedAddresses', () => {
  const hideJo = (plain: string) => plain === 'jo@quill.example';

  it('hides the longest spelling that is the address, and not the sentence after it', () => {
    expect(redactSpacedAddresses('mail jo @ quill . example. Thanks', hideJo, 'X')).toBe('mail X. Thanks');
    expect(redactSpacedAddresses('jo [at] quill [dot] example [dot] org', hideJo, 'X')).toBe('X [dot] org');
  });

  it('hides an unmistakable spelling of any address when asked to, and no bare " at "', () => {
    const any = (_: string, unmistakable: boolean) => unmistakable;
    expect(redactSpacedAddresses('a [at] b [dot] c and d at e dot f', any, 'X')).toBe('X and d at e dot f');
  });

  it('takes linear time on runs of marks, signs and labels', () => {
    const hostile = [
      ' [@] a'.repeat(40_000),
      'a [at] '.repeat(40_000),
      `x @ ${'a . '.repeat(60_000)}`,
      '@'.repeat(200_000),
      `${'a'.repeat(100_000)} at ${'b-'.repeat(50_000)}`,
    ];
    for (const text of hostile) {
      const { ms } = timeRun(() => redactSpacedAddresses(text, () => true, 'X'), 2000);
      expect(ms, `${text.slice(0, 12)}… (${text.length} chars)`).toBeLessThan(400);
    }
  });
});
