import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../../src/profiles/parse-profile.js';

const contacts = () => {
  const result = parseProfile(readFileSync('test/fixtures/real-patterns/contacts-ama.md'), 'renoyel.md');
  if (!result.ok) throw new Error(result.rejected.reason);
  return result.profile.contacts.map((c) => [c.kind, c.value, c.label]);
};

describe('"ask me anything" places on the author’s own GitHub', () => {
  it('reads their own issues after "contact me at", an "Ask me anything" discussion, and an ama repository', () => {
    expect(contacts()).toEqual(
      expect.arrayContaining([
        ['other', 'https://github.com/renoyel/renoyel/issues/new?template=ama.md', 'Ask me anything'],
        ['other', 'https://github.com/renoyel/notes/discussions/new?category=ama', 'Ask me anything'],
        ['other', 'https://github.com/renoyel/ama', 'Ask me anything'],
      ]),
    );
  });

  it('reads no one else’s issue tracker as a contact', () => {
    expect(contacts().map(([, v]) => v)).not.toContain('https://github.com/someorg/tool/issues');
  });
});
