// Classes of input found in a sixth blind set of real profiles (made-up people): rows of one-word links,
// badges that read as the address they open, sites introduced on the line before or above, links that
// belong to a group, a programme or a brand, the person's own company, and names stated in other ways.
import { describe, expect, it } from 'vitest';
import { parsed } from './extract-helpers.js';

const dir = 'test/fixtures/contact-classes-6';
const profile = (file: string) => parsed(`${dir}/${file}`);
const contacts = (file: string) => profile(file).contacts.map((c) => `${c.kind} ${c.value}`);
const values = (file: string) => profile(file).contacts.map((c) => c.value);
const employers = (file: string) => profile(file).experience.map((e) => e.organization);

describe('a row of one-word links', () => {
  it('takes a one-word page of the same site as its neighbours ("blogs", "Notes")', () => {
    expect(contacts('lenakray.md')).toEqual(
      expect.arrayContaining([
        'website https://blog.lena-kray.example/blogs',
        'website https://lk.page/notes',
        'website https://lk.page/blog',
      ]),
    );
  });

  it('takes their page on a service the word names ("wakatime" → wakatime.com/@handle)', () => {
    expect(contacts('lenakray.md')).toContain('other https://wakatime.com/@lenakray');
  });

  it('reads a network spelled out in the path of their short-link domain ("Unsplash" → lk.page/unsplash)', () => {
    expect(contacts('lenakray.md')).toContain('other https://lk.page/unsplash');
  });

  it('leaves out a projects page, a donation page, a stats badge and links that stand in prose', () => {
    expect(values('lenakray.md').join(' ')).not.toMatch(
      /\/tools|patreon|wakatime\.com\/@0b1c|newsletter|posts/,
    );
  });
});

describe('a site the words after it call theirs', () => {
  it('takes a site whose next table cell calls it the owner\'s ("lenakray的杂谈站")', () => {
    expect(contacts('lenakray.md')).toContain('website https://kraynotes.example');
  });

  it("does not take a site called their company's or someone else's", () => {
    expect(values('lenakray.md').join(' ')).not.toMatch(/acme-shop|someone\.example/);
  });
});

describe('ids named in text', () => {
  it('does not read a service named inside a package name as an id ("telegram-sdk", "node-discord-bot")', () => {
    const kinds = profile('lenakray.md').contacts.map((c) => c.kind);
    expect(kinds).not.toContain('telegram');
    expect(kinds).not.toContain('discord');
  });
});

describe('a shields badge that reads as the address it opens', () => {
  it('takes a text-only badge whose label is the domain it links to', () => {
    expect(contacts('oskarlind.md')).toContain('website https://oskar.example');
  });

  it('takes a badge with an empty label before the dash linking to a deploy named after the domain', () => {
    expect(contacts('oskarlind.md')).toContain('website https://oskarbuilds-example.vercel.app/');
  });

  it('does not take a card whose alt alone says its domain', () => {
    expect(values('oskarlind.md')).not.toContain('https://queueforge.example');
  });
});

describe('sites and addresses introduced around the link', () => {
  it('takes a site the words before call their own ("I have a private site:"), behind an IP and port', () => {
    expect(contacts('ines-mora.md')).toContain('website http://203.0.113.7:8080/');
  });

  it('takes a bare address under a "Mi Portafolio" line, whatever its path on their own host', () => {
    expect(contacts('ines-mora.md')).toContain('website https://ines-mora.github.io/ines-mora/html/#');
  });

  it('takes both e-mail addresses of a broken tag, and none from a comment', () => {
    const mails = profile('ines-mora.md')
      .contacts.filter((c) => c.kind === 'email')
      .map((c) => c.value);
    expect(mails).toEqual(['ines.a@example.com', 'ines.b@example.com']);
  });

  it('does not take a site the next words call "mi proyecto", anywhere it is linked', () => {
    expect(values('ines-mora.md').join(' ')).not.toContain('inesmora.pro');
  });
});

describe('links that are not the person’s', () => {
  const file = 'tomas-rivera.md';

  it('keeps only their own accounts among banners, programmes, groups, brands and community badges', () => {
    expect(contacts(file)).toEqual([
      'github https://github.com/tomas-rivera',
      'x https://twitter.com/tomasrivera',
    ]);
  });
});

describe('the person’s own company', () => {
  it('reads a company founded in a dated step of a career sentence ("creando [X](…) en 2016")', () => {
    expect(employers('own-company-es.md')).toEqual(['Vidalbyte']);
  });

  it('reads where commercial projects are done, named in a heading', () => {
    expect(employers('own-company-ru.md')).toContain('Северные Лаборатории');
  });
});

describe('names stated in other ways', () => {
  it('reads the name after "The name on the family register is"', () => {
    expect(profile('sato-hana.md').name).toBe('SATO Hana');
  });

  it('reads the name a banner welcomes to ("Welcome MinSoo\'s GitHub")', () => {
    expect(profile('minsoo-k.md').name).toBe('MinSoo');
  });

  it('reads a Korean name before the copula after an English job title in a typing banner', () => {
    expect(profile('gildong-h.md').name).toBe('홍길동');
  });

  it('does not read a Korean description before the copula as a name', () => {
    expect(profile('haru-day.md').nameSource).toBe('handle');
  });
});
