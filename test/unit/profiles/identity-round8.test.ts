// Names and contacts of round 8, read from fresh profiles: a bold phrase after an article, a stats card
// copied with the tool's example alt, a banner name in capitals, a group's name in a typed title, a full
// name the handle spells over a nickname, tool logos linking to the product's pages, a card left linking
// to another account, and template placeholders named "YOUR_FIELD".
import { describe, expect, it } from 'vitest';
import { capsName } from '../../../src/profiles/extract/caps-name.js';
import { copiedCardNames } from '../../../src/profiles/extract/copied-card-names.js';
import { isPlaceholder } from '../../../src/profiles/extract/placeholder-contact.js';
import { readPersonName } from '../../../src/profiles/extract/read-person-name.js';
import { parsed } from './extract-helpers.js';

const fixture = (file: string) => parsed(`test/fixtures/identity8/${file}`);

describe('names a reader finds, and phrases that only look like names', () => {
  it.each([
    ['tfarrow.md', 'Tomasz Farrow'],
    ['mlinde.md', 'mlinde'],
    ['dwren.md', 'dwren'],
    ['pmoreau.md', 'Paul'],
    ['kaloyan-dev.md', 'Kaloyan Petrov'],
    ['ovick.md', 'Oskar Vick'],
    ['fsdev-lu.md', 'fsdev-lu'],
    ['shadowbyte.md', 'shadowbyte'],
    ['nkalunga.md', 'Nangula Kalunga'],
    ['rvantol.md', 'Rens van Tol'],
    ['opetrov-x.md', 'Oleg'],
    ['wlin-tw.md', '林子豪'],
    ['zwei-cn.md', '张伟'],
    ['tools-cn.md', 'tools-cn'],
  ])('reads the name of %s as %j', (file, name) => {
    expect(fixture(file).name).toBe(name);
  });

  it('prefers a full name the handle spells in part over a lone nickname it does not echo', () => {
    expect(fixture('nkalunga.md').nameSource).toBe('bold');
    // "Hey, I'm Bram" then "My name is Rens van Tol" (handle rvantol).
    expect(fixture('rvantol.md').nameSource).toBe('greeting');
  });

  it('never takes a bold phrase after an article for a name', () => {
    // "I'm a **Marine Biology** student" loses to the header image's alt.
    expect(fixture('tfarrow.md').nameSource).toBe('image-alt');
  });

  it('drops a stats alt copied with a card that links to the tool repository, unless it echoes the handle', () => {
    const text =
      "[![Anurag's GitHub stats](https://x.app/api?username=dwren)](https://github.com/acme-org/stats)";
    expect(copiedCardNames(text, 'dwren')("Anurag's GitHub stats", 'Anurag')).toBe(true);
    expect(copiedCardNames(text, 'anuragk')("Anurag's GitHub stats", 'Anurag')).toBe(false);
    expect(
      copiedCardNames("![Leo's github stats](https://x.app/api?username=mopig)", 'mopig')(
        "Leo's github stats",
        'Leo',
      ),
    ).toBe(false);
  });

  it('reads words in capitals as a name only when one of them is part of the handle', () => {
    expect(capsName('ASHAN JAYALATH', 'ashanjayalath')).toBe('Ashan Jayalath');
    expect(capsName('OSKAR VICK', 'ovick')).toBe('Oskar Vick');
    expect(capsName('HELLO WORLD', 'ovick')).toBeNull();
    expect(capsName('Oskar Vick', 'ovick')).toBeNull();
  });

  it('reads a group noun after a name word as a group, not a person', () => {
    expect(readPersonName('Red Team', { handle: null })).toBeNull();
    expect(readPersonName('Pixel Studio', { handle: null })).toBeNull();
    expect(readPersonName('Acme Labs', { handle: null })).toBeNull();
    expect(readPersonName('Ana Ruiz', { handle: null })).toBe('Ana Ruiz');
  });
});

describe('contacts among tool logos and template placeholders', () => {
  it('keeps product pages behind tool logos out of the contacts, and a service account behind its badge in', () => {
    const values = fixture('kpranav.md').contacts.map((c) => c.value);
    expect(values).toEqual(['https://kick.com/kpranav', 'pranav.k@example.org']);
  });

  it('drops a link around a stats card drawn for the owner that leads to another account', () => {
    const values = fixture('jquiroga.md').contacts.map((c) => c.value);
    expect(values).toEqual(['https://github.com/jquiroga', 'https://www.linkedin.com/in/jquiroga/']);
  });

  it('keeps contacts beside cards that link to the tool that draws them', () => {
    const values = fixture('opetrov-x.md').contacts.map((c) => c.value);
    expect(values).toEqual(['https://github.com/opetrov-x', 'https://t.me/opetrov']);
  });

  it('reads a /@name page as the service its link names, and as Mastodon only when nothing else is named', () => {
    const kinds = fixture('mtorres.md').contacts.map((c) => `${c.kind} ${c.value}`);
    expect(kinds).toEqual([
      'other https://www.producthunt.com/@mtorres',
      'mastodon https://fosstodon.org/@mtorres',
      'mastodon https://hachyderm.io/@mtorres',
      'other https://peerlist.io/@mtorres',
    ]);
  });

  it('drops addresses a template left as YOUR_FIELD in any spelling', () => {
    const values = fixture('rlatham.md').contacts.map((c) => c.value);
    expect(values).toEqual(['https://github.com/rlatham', 'https://www.linkedin.com/in/ruth-latham']);
  });

  it.each([
    ['email', 'YOUR_GMAIL@gmail.com', true],
    ['instagram', 'https://www.instagram.com/YOUR_INSTAGRAM_USERNAME', true],
    ['x', 'https://x.com/ur_twitter_handle', true],
    ['linkedin', 'https://www.linkedin.com/in/your-linkedin-profile', true],
    ['github', 'https://github.com/your-dev-shop', false],
    ['email', 'yours.truly@example.org', false],
  ])('judges %s %s a placeholder: %s', (kind, value, yes) => {
    expect(isPlaceholder(kind, value)).toBe(yes);
  });
});
