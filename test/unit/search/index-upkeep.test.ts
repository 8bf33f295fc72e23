// What the index keeps between questions (everyone in name order, section titles in use) must match a
// fresh index after any sequence of changes; questions over huge shares of the corpus stay correct.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../src/profiles/model/profile.js';
import { createProfileIndex } from '../../../src/search/profile-index.js';
import { generateProfiles } from '../../bench/corpus.js';

const profiles = generateProfiles(120);

function changed(): { index: ReturnType<typeof createProfileIndex>; now: Profile[] } {
  const index = createProfileIndex(profiles);
  const now = new Map(profiles.map((p) => [p.id, p]));
  const edits: Profile[] = [
    { ...profiles[3]!, name: 'Aaron First' },
    { ...profiles[50]!, name: 'Zz Last' },
    { ...profiles[7]!, sections: profiles[7]!.sections.map((s) => ({ ...s, title: `${s.title} Renamed` })) },
    { ...profiles[0]!, id: 'new-person', file: 'new-person.md', name: 'Mid Newcomer' },
  ];
  for (const p of edits) {
    index.upsert(p);
    now.set(p.id, p);
  }
  for (const id of [profiles[10]!.id, profiles[11]!.id]) {
    index.remove(id);
    now.delete(id);
  }
  return { index, now: [...now.values()] };
}

describe('the index after changes', () => {
  it('lists everyone in the order a fresh index gives', () => {
    const { index, now } = changed();
    expect(index.all().map((p) => p.id)).toEqual(
      createProfileIndex(now)
        .all()
        .map((p) => p.id),
    );
    expect(index.all()[0]!.name).toBe('Aaron First');
    expect(index.all().at(-1)!.name).toBe('Zz Last');
  });

  it('never changes a people list already handed out, while changes keep coming', () => {
    const index = createProfileIndex(profiles);
    const before = index.all();
    const copy = [...before];
    index.upsert({ ...profiles[5]!, name: 'Aaa New Name' });
    index.remove(profiles[6]!.id);
    const during = index.all();
    index.upsert({ ...profiles[8]!, name: 'Zzz New Name' });
    expect(before).toEqual(copy);
    expect(during[0]!.name).toBe('Aaa New Name');
    expect(during.some((p) => p.name === 'Zzz New Name')).toBe(false);
    expect(index.all().at(-1)!.name).toBe('Zzz New Name');
  });

  it('completes section titles from every title in use, the most used first', () => {
    const { index, now } = changed();
    const fresh = createProfileIndex(now);
    expect(index.completeSections(null, '', 25)).toEqual(fresh.completeSections(null, '', 25));
    expect(index.completeSections(null, 'renamed', 25)).toContain('Core Skills Renamed');
    expect(index.completeSections(null, 'core skills ren', 25)).toEqual(['Core Skills Renamed']);
    index.remove(profiles[7]!.id);
    expect(index.completeSections(null, 'renamed', 25)).toEqual([]);
    expect(index.completeSections(null, '', 3)).toEqual(['About', 'Contact', 'Core Skills']);
  });

  it('fills whoknows with prose mentions in name order when no one lists the word as a skill', () => {
    const index = createProfileIndex(profiles);
    const matches = index.whoKnows('reliability', { limit: 5 }).matches;
    const expected = profiles
      .filter((p) => p.sections.some((s) => /reliability/i.test(s.text)))
      .map((p) => p.name)
      .sort((a, b) => a.localeCompare(b))
      .slice(0, 5);
    expect(matches.map((m) => m.profile.name)).toEqual(expected);
    expect(matches.every((m) => m.skill.evidence.includes('reliability'))).toBe(true);
  });

  it('finds nothing for a search made only of stopwords, and still finds the meaningful word', () => {
    const index = createProfileIndex(profiles);
    expect(index.search('the and a')).toEqual([]);
    expect(index.search('the reliability').length).toBeGreaterThan(0);
  });
});

describe('a pasted link after changes', () => {
  it('finds whoever lists the link now: a new owner after a reload, and no one after the owner is removed', () => {
    const index = createProfileIndex(profiles);
    const link = 'https://github.com/upkeep-link-example';
    const owner = profiles[5]!;
    expect(index.resolvePerson(link).status).toBe('not_found');
    index.upsert({
      ...owner,
      contacts: [
        ...owner.contacts,
        { kind: 'github', value: link, label: 'GitHub', visibility: 'public', line: null },
      ],
    });
    const found = index.resolvePerson('github.com/upkeep-link-example/');
    expect(found.status === 'found' && found.value.id).toBe(owner.id);
    index.remove(owner.id);
    expect(index.resolvePerson(link).status).toBe('not_found');
  });
});
