// Classes of names and contacts found in a tenth round of real profiles (made-up people): section headings
// read as names, initials in a greeting, a stats tool's pasted example alt, channel links in prose and a
// generator's twitter.com wrapped around a pasted x.com address.
import { describe, expect, it } from 'vitest';
import { parsed } from './extract-helpers.js';

const dir = 'test/fixtures/identity10';
const profile = (file: string) => parsed(`${dir}/${file}`);
const contacts = (file: string) => profile(file).contacts.map((c) => `${c.kind} ${c.value}`);

describe('headings that name a part of the page, not the person', () => {
  it('never takes a heading ending in a colon ("### Statistic :") as the name', () => {
    expect(profile('heading-label-colon.md').name).toBe('heading-label-colon');
  });

  it('never takes a "# Bookmarks" heading under a nameless greeting as the name', () => {
    expect(profile('heading-bookmarks.md').name).toBe('heading-bookmarks');
  });
});

describe('initials and generator links in a greeting header', () => {
  it('reads "I\'m K R Soundarya" whole: a capital letter between initials and a name is an initial', () => {
    expect(profile('initials-greeting.md').name).toBe('K R Soundarya');
  });

  it('opens the pasted x.com address a generator wrapped in twitter.com', () => {
    expect(contacts('initials-greeting.md')).toContain('x https://x.com/krsoundarya_cv');
  });
});

describe("a stats card keeping the tool's example alt", () => {
  it('does not take "Anurag\'s GitHub stats" on someone else\'s card as their name', () => {
    expect(profile('template-stats-alt.md').name).toBe('template-stats-alt');
  });
});

describe('YouTube channels', () => {
  it('takes channels named after "с моего канала" and the one joined to it by "и", and a channel with ?view_as', () => {
    expect(contacts('channel-links.md')).toEqual([
      'youtube https://www.youtube.com/c/PayalnikIlyi/',
      'youtube https://www.youtube.com/channel/UCq7Xr0m2Jd8PZk1yFvNn3aQ/',
      'youtube https://www.youtube.com/channel/UC-Qm1PzXr8cTb3nH0aLw9Ke?view_as=subscriber',
    ]);
  });

  it('keeps an account beside a site the row calls "my work": that site is theirs, not a brand', () => {
    expect(contacts('my-site-row.md')).toContain('youtube https://www.youtube.com/@oliviabrandt');
  });
});
