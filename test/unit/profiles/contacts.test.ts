// Contacts: addresses from label lines, links, icon links, badges and front matter; text stays text.
import { describe, expect, it } from 'vitest';
import { classifyContactUrl } from '../../../src/profiles/extract/classify-contact.js';
import { parsed } from './extract-helpers.js';

const contacts = (path: string) => parsed(path).contacts.map(({ kind, value }) => ({ kind, value }));

describe('contacts from the seeds', () => {
  it('reads Rajdeep’s GitHub, email and X', () => {
    expect(contacts('profiles/rajdeep-sengupta.md')).toEqual([
      { kind: 'github', value: 'https://github.com/Rajdip019' },
      { kind: 'email', value: 'rajdipgupta019@gmail.com' },
      { kind: 'x', value: 'https://x.com/RajdeepS019' },
    ]);
  });

  it('keeps the label as written', () => {
    expect(parsed('profiles/rajdeep-sengupta.md').contacts.map((c) => c.label)).toEqual([
      'GitHub',
      'Email',
      'Twitter/X',
    ]);
  });

  it('reads Rajat’s LinkedIn and leaves "GitHub: You’re already here" as text', () => {
    expect(contacts('profiles/rajat-jog.md')).toEqual([
      { kind: 'linkedin', value: 'https://www.linkedin.com/in/rajat-jog/' },
    ]);
  });
});

describe('contacts from a full contact section', () => {
  const file = 'test/fixtures/extract/contacts.md';
  const found = () => contacts(file);

  it('reads front matter keys and a contacts map', () => {
    expect(found().slice(0, 3)).toEqual([
      { kind: 'email', value: 'noor@example.org' },
      { kind: 'github', value: 'https://github.com/noorh' },
      { kind: 'bluesky', value: 'https://bsky.app/profile/noor.bsky.social' },
    ]);
  });

  it('recognises Mastodon by its /@user shape on any server, and @user@server handles', () => {
    expect(found()).toEqual(
      expect.arrayContaining([
        { kind: 'mastodon', value: 'https://hachyderm.io/@noor' },
        { kind: 'mastodon', value: '@noor@fosstodon.org' },
      ]),
    );
    expect(found()).not.toContainEqual({ kind: 'email', value: 'noor@fosstodon.org' });
  });

  it('reads Telegram, Discord, phone, website, GitLab, Slack, mailto and icon links', () => {
    expect(found()).toEqual(
      expect.arrayContaining([
        { kind: 'telegram', value: 'https://t.me/noorh' },
        { kind: 'discord', value: 'noor#4242' },
        { kind: 'phone', value: '+1 (555) 010-2030' },
        { kind: 'website', value: 'https://noor.example.dev' },
        { kind: 'gitlab', value: 'https://gitlab.com/noorh' },
        { kind: 'slack', value: 'https://acme.slack.com/team/U123' },
        { kind: 'email', value: 'hello@noor.example.dev' },
        { kind: 'x', value: 'https://twitter.com/noor_h' },
      ]),
    );
  });

  it('takes no contact from a link in prose or a label without an address', () => {
    const values = found().map((c) => c.value);
    expect(values).not.toContain('https://blog.example.com/some-post');
    expect(found().filter((c) => c.kind === 'github')).toHaveLength(1);
  });

  it('reads contact badges that link to a profile', () => {
    expect(contacts('test/fixtures/extract/badges.md')).toEqual([
      { kind: 'linkedin', value: 'https://www.linkedin.com/in/ada-devi' },
      { kind: 'email', value: 'ada@example.dev' },
    ]);
  });
});

describe('classifyContactUrl', () => {
  it('does not mistake Medium’s /@user pages or a GitHub repository for a profile', () => {
    expect(classifyContactUrl('https://medium.com/@ada')?.kind).toBe('medium');
    expect(classifyContactUrl('https://github.com/ada/project')).toBeNull();
  });
});
