// Contact classes seen in real READMEs (made-up people): walls of other people, junk links among contacts,
// and the person's own links in shapes the site table can't see (<pre>, short-link redirects, networks,
// "Homepage:" labels, blog link words).
import { describe, expect, it } from 'vitest';
import { parsed } from './extract-helpers.js';

const dir = 'test/fixtures/profile-classes';
const contacts = (file: string) =>
  parsed(`${dir}/${file}`).contacts.map(({ kind, value }) => ({ kind, value }));
const values = (file: string) => contacts(file).map((c) => c.value);

describe('sponsor, follower and contributor walls', () => {
  const file = 'sponsor-walls.md';

  it('keeps only the person’s own GitHub and LinkedIn', () => {
    expect(contacts(file)).toEqual([
      { kind: 'github', value: 'https://github.com/mokafor' },
      { kind: 'linkedin', value: 'https://www.linkedin.com/in/mireille-okafor' },
    ]);
  });

  it('takes no avatar link, from any avatar host, as a contact', () => {
    for (const other of ['quill-dev', 'harbor-ops', 'pkestrel', 'zed-ochoa', 'kaia-b', 'iwo-p', 'lindqvist'])
      expect(values(file).join(' ')).not.toContain(other);
  });

  it('takes a row of several profile images on one network as a wall, whatever its heading', () => {
    for (const other of ['ottoberg', 'nadiaf', 'wen-li', 'samoa-k'])
      expect(values(file).join(' ')).not.toContain(other);
  });
});

describe('junk links among contacts', () => {
  const file = 'junk-links.md';

  it('reads the person’s own links and nothing else', () => {
    expect(contacts(file)).toEqual([
      { kind: 'x', value: 'https://twitter.com/obrandt' },
      { kind: 'website', value: 'https://brandt.example' },
    ]);
  });

  it('never takes a cause banner, an Ask-AI badge, a clock or a generator credit', () => {
    expect(values(file).join(' ')).not.toMatch(/ukraine|deepwiki|time\.is|readmeforge/);
  });
});

describe('own links in shapes the site table cannot see', () => {
  const file = 'short-link-contacts.md';

  it('reads links laid out in a <pre> block', () => {
    expect(contacts(file)).toEqual(
      expect.arrayContaining([
        { kind: 'x', value: 'https://twitter.com/piyer_dev' },
        { kind: 'email', value: 'priyanka@iyer.example' },
      ]),
    );
  });

  it('names the network a redirect on the person’s short-link domain leads to', () => {
    expect(contacts(file)).toEqual(
      expect.arrayContaining([
        { kind: 'linkedin', value: 'https://piyer.page/linkedin' },
        { kind: 'github', value: 'https://piyer.page/github' },
        { kind: 'youtube', value: 'https://piyer.page/yt' },
      ]),
    );
  });

  it('knows professional networks such as Polywork and LAPRAS', () => {
    const found = parsed(`${dir}/${file}`).contacts;
    expect(found.find((c) => c.value.includes('poly.work'))?.label).toBe('Polywork');
    expect(found.find((c) => c.value.includes('lapras.com'))?.label).toBe('LAPRAS');
  });

  it('takes a "Homepage:" link to a bare IP address as the person’s site', () => {
    expect(contacts(file)).toContainEqual({ kind: 'website', value: 'http://198.51.100.23' });
  });

  it('takes links whose words say they are the blog, not the post titles under them', () => {
    expect(values(file)).toContain('https://blog.iyer.example/?tag=engineering');
    expect(values(file)).toContain('https://notes.iyer.example');
    expect(values(file)).not.toContain('https://blog.iyer.example/posts/queues');
  });

  it('takes no network name of a redirect link as a skill', () => {
    expect(parsed(`${dir}/${file}`).skills.map((s) => s.name)).not.toContain('GitHub');
  });
});
