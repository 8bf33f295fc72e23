// Contacts anywhere in a profile: icon rows, prose, tables, reference links, lead-in lists, ids and e-mails
// written as text — and the links that are not the person's (co-authors, employers, stats, posts, repos).
import { describe, expect, it } from 'vitest';
import { classifyContactUrl } from '../../../src/profiles/extract/classify-contact.js';
import { parsed } from './extract-helpers.js';

const dir = 'test/fixtures/real-patterns';
const contacts = (file: string) =>
  parsed(`${dir}/${file}`).contacts.map(({ kind, value }) => ({ kind, value }));
const values = (file: string) => contacts(file).map((c) => c.value);

describe('a header row of icon links and badges', () => {
  const file = 'contacts-icon-row.md';

  it('reads each badge and icon link with the kind of its site', () => {
    expect(contacts(file)).toEqual([
      { kind: 'linkedin', value: 'https://www.linkedin.com/in/priya-raman-dev/' },
      { kind: 'medium', value: 'https://medium.com/@priyar' },
      { kind: 'youtube', value: 'https://www.youtube.com/c/PriyaCodes' },
      { kind: 'instagram', value: 'https://instagram.com/priya.codes' },
      { kind: 'stackoverflow', value: 'https://stackoverflow.com/users/1234567/priya' },
      { kind: 'devto', value: 'https://dev.to/priyar' },
      { kind: 'substack', value: 'https://priyar.substack.com/' },
      { kind: 'substack', value: 'https://substack.com/@priyawrites' },
      { kind: 'mastodon', value: 'https://mastodon.art/@priya' },
      { kind: 'bluesky', value: 'https://bsky.app/profile/priya.bsky.social' },
    ]);
  });

  it('labels a badge by its link, not by an alt text copied from another badge', () => {
    const so = parsed(`${dir}/${file}`).contacts.find((c) => c.kind === 'stackoverflow');
    expect(so?.label).toBe('Stack Overflow');
  });

  it('takes no contact from language badges that link to docs, or from stats cards', () => {
    expect(values(file).join(' ')).not.toMatch(/python\.org|docker\.com|readme-stats|trophy|komarev/);
  });
});

describe('links in prose and table cells', () => {
  const file = 'contacts-prose.md';

  it('reads a link whose text or label names the site', () => {
    expect(contacts(file)).toEqual(
      expect.arrayContaining([
        { kind: 'x', value: 'https://twitter.com/tferreira_dev' },
        { kind: 'linkedin', value: 'https://linkedin.com/in/tomasferreira' },
        { kind: 'x', value: 'https://twitter.com/tomas_cn' },
        { kind: 'devto', value: 'https://dev.to/tferreira' },
      ]),
    );
  });

  it('reads an emoji link in a table cell', () => {
    expect(values(file)).toContain('https://www.instagram.com/tferreira.photos/');
  });

  it('leaves out employers, colleagues, co-authors, repositories, posts, searches and playlists', () => {
    expect(values(file)).toHaveLength(5);
  });

  it('leaves out an account named as the author of something shown ("posted by")', () => {
    expect(values(file)).not.toContain('https://www.instagram.com/visitlisbon/');
  });
});

describe('reference-style links and "my blog"', () => {
  it('resolves reference links and reads the site called "my blog", not a team blog in projects', () => {
    expect(contacts('contacts-references.md')).toEqual([
      { kind: 'email', value: 'wen@haowen.example' },
      { kind: 'facebook', value: 'https://www.facebook.com/wen.hao.1990/' },
      { kind: 'other', value: 'https://weibo.com/u/1234567890' },
      { kind: 'other', value: 'https://www.zhihu.com/people/wenhao' },
      { kind: 'website', value: 'https://haowen.example' },
    ]);
  });
});

describe('a list after "Find me at:" and a Websites section', () => {
  it('reads bold-label lines, self-hosted forges and Matrix ids, and only the sites called "my"', () => {
    expect(contacts('contacts-find-me.md')).toEqual([
      { kind: 'website', value: 'https://git.ilse.example/ilse' },
      { kind: 'github', value: 'https://github.com/ilsevb' },
      { kind: 'other', value: 'https://codeberg.org/ilsevb' },
      { kind: 'other', value: 'https://matrix.to/#/@ilse:ilse.example' },
      { kind: 'website', value: 'https://ilse.example' },
      { kind: 'website', value: 'https://leerschool.example' },
      { kind: 'website', value: 'https://vanbeek-it.example' },
    ]);
  });
});

describe('ids written as text', () => {
  const file = 'contacts-ids.md';

  it('reads WeChat and QQ ids from icon titles, a badge and "Label: id" lines', () => {
    expect(contacts(file)).toEqual(
      expect.arrayContaining([
        { kind: 'wechat', value: 'linxiao88' },
        { kind: 'qq', value: '523456789' },
        { kind: 'wechat', value: 'lin_backup' },
        { kind: 'wechat', value: 'lin_xiao_dev' },
        { kind: 'telegram', value: '@linxiao_tg' },
      ]),
    );
  });

  it('reads "Telegram @handle" and "QQ 12345" inside a sentence, not "Discord daily"', () => {
    expect(contacts(file)).toEqual(
      expect.arrayContaining([
        { kind: 'telegram', value: '@lin_chat' },
        { kind: 'qq', value: '623456789' },
      ]),
    );
    expect(contacts(file).filter((c) => c.kind === 'discord')).toEqual([]);
  });

  it('takes no Telegram bot, QR-code image or single post as a contact', () => {
    expect(values(file).join(' ')).not.toMatch(/_bot|qrcode|\/post\//);
  });
});

describe('e-mail addresses without mailto:', () => {
  it('reads plain, obfuscated and badge-target addresses, and not "work at acme.example" or robots', () => {
    expect(values('contacts-emails.md')).toEqual([
      'arjun.mehta@mehta.example',
      'arjun@oldmail.example',
      'arjunm07@gmail.com',
      'arjun@mehta.example',
      'arjun.badge@mehta.example',
    ]);
  });
});

describe('the person’s own sites and handles', () => {
  const file = 'kofi-adeyemi.md';

  it('reads the linked greeting, subdomain redirects, their domain, "my blog" and their own pages, once each', () => {
    expect(contacts(file)).toEqual([
      { kind: 'website', value: 'https://adeyemi.example' },
      { kind: 'x', value: 'https://twitter.adeyemi.example' },
      { kind: 'linkedin', value: 'https://linkedin.adeyemi.example' },
      { kind: 'other', value: 'https://codesandbox.io/u/kofi-adeyemi' },
      { kind: 'youtube', value: 'https://www.youtube.com/@kofitalks?sub_confirmation=1' },
      { kind: 'website', value: 'https://kofi-adeyemi.example' },
      { kind: 'website', value: 'https://blog.adeyemi.example' },
      { kind: 'other', value: 'https://speakerdeck.com/kofi-adeyemi' },
      { kind: 'github', value: 'https://github.com/kofi-adeyemi' },
      { kind: 'website', value: 'https://github.com/kofi-adeyemi/portfolio' },
    ]);
  });

  it('leaves out contributors’ avatars, sponsor buttons, posts, widgets and the template’s author', () => {
    expect(values(file).join(' ')).not.toMatch(
      /ana-dev|bo-dev|buymeacoffee|sponsors|posts|newsletter|status\.|someoneelse/,
    );
  });
});

describe('a code-mode bio and addresses without a scheme', () => {
  const file = 'contacts-code-bio.md';

  it('reads contact keys of a code-mode bio, not other URLs in it', () => {
    expect(contacts(file).slice(0, 4)).toEqual([
      { kind: 'email', value: 'sven.larsen@fjordmail.example' },
      { kind: 'linkedin', value: 'https://www.linkedin.com/in/svenlarsen' },
      { kind: 'x', value: 'https://x.com/svenl_dev' },
      { kind: 'website', value: 'https://svenlarsen.example' },
    ]);
    expect(values(file)).not.toContain('https://chess.example.org');
  });

  it('reads "I am [@handle](…)" but not a colleague’s handle, a file link or a blog post', () => {
    expect(values(file).slice(4)).toEqual(['https://fosstodon.org/@sven']);
  });
});

describe('a link on the greeting', () => {
  it('reads the name linked in the greeting, not the employer’s links after "at"', () => {
    expect(contacts('contacts-greeting.md')).toEqual([
      { kind: 'github', value: 'https://github.com/nadia-k' },
    ]);
  });
});

describe('the known-site table', () => {
  it('never turns a Substack or Medium /@user page into Mastodon', () => {
    expect(classifyContactUrl('https://substack.com/@ada')?.kind).toBe('substack');
    expect(classifyContactUrl('https://medium.com/@ada')?.kind).toBe('medium');
    expect(classifyContactUrl('https://fosstodon.org/@ada')?.kind).toBe('mastodon');
  });

  it('takes a person’s page, not a post, video, repository or filtered list', () => {
    expect(classifyContactUrl('https://www.youtube.com/@ada')?.kind).toBe('youtube');
    expect(classifyContactUrl('https://www.youtube.com/watch?v=abc')).toBeNull();
    expect(classifyContactUrl('https://dev.to/ada/my-first-post-2k1')).toBeNull();
    expect(classifyContactUrl('https://github.com/ada?tab=repositories')).toBeNull();
    expect(classifyContactUrl('https://github.com/sponsors')).toBeNull();
    expect(classifyContactUrl('https://www.linkedin.com/company/acme')).toBeNull();
    expect(classifyContactUrl('https://t.me/weather_bot')).toBeNull();
    expect(classifyContactUrl('https://medium.com/')).toBeNull();
  });

  it('never takes stats cards, badge generators or search links', () => {
    for (const url of [
      'https://github-readme-stats.vercel.app/api?username=ada',
      'https://img.shields.io/badge/LinkedIn-blue',
      'https://komarev.com/ghpvc/?username=ada',
      'https://www.google.com/search?q=ada',
    ]) {
      expect(classifyContactUrl(url)).toBeNull();
    }
  });
});

describe('regional networks', () => {
  it('reads profile pages on bilibili, douyin, xiaohongshu and velog, but not a single video', () => {
    const found = values('contacts-regional.md');
    for (const url of [
      'https://space.bilibili.com/98765432',
      'https://www.douyin.com/user/MS4wLjABAAAAexample_Id-01',
      'https://www.xiaohongshu.com/user/profile/5a1b2c3d4e5f60718293a4b5',
      'https://velog.io/@linyue',
    ])
      expect(found).toContain(url);
    expect(found.some((v) => v.includes('/video/'))).toBe(false);
  });
});
