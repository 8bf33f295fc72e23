// An index whose section search is built on first use (`ask`) answers every question exactly as one built
// up front, before and after changes made before and after that first use.
import { describe, expect, it } from 'vitest';
import { createProfileIndex } from '../../../src/search/profile-index.js';
import { generateProfiles } from '../../bench/corpus.js';

const profiles = generateProfiles(150);
const questions = (index: ReturnType<typeof createProfileIndex>) => ({
  search: index
    .search('reliability observability', { limit: 8 })
    .map((h) => [h.profile.id, h.section.id, h.score]),
  own: index.search('kafka', { personId: profiles[4]!.id }).map((h) => h.section.id),
  prose: index.whoKnows('reliability', { limit: 6 }).matches.map((m) => [m.profile.id, m.skill.evidence]),
  listed: index.whoKnows('rust', { limit: 6 }).matches.map((m) => m.profile.id),
  typo: index.whoKnows('terrafrom', { limit: 6 }).matches.map((m) => m.profile.id),
});

describe('an index with lazily built section search', () => {
  it('answers as an index built up front', () => {
    expect(questions(createProfileIndex(profiles, { lazySections: true }))).toEqual(
      questions(createProfileIndex(profiles)),
    );
  });

  it('answers as one built up front after upserts and removals made before and after its first use', () => {
    const eager = createProfileIndex(profiles);
    const lazy = createProfileIndex(profiles, { lazySections: true });
    const renamed = {
      ...profiles[9]!,
      sections: profiles[9]!.sections.map((s) => ({ ...s, text: `${s.text} zeppelin` })),
    };
    for (const index of [eager, lazy]) {
      index.upsert(renamed);
      index.remove(profiles[20]!.id);
    }
    expect(new Set(lazy.search('zeppelin').map((h) => h.profile.id))).toEqual(new Set([profiles[9]!.id]));
    for (const index of [eager, lazy]) {
      index.upsert({ ...renamed, sections: profiles[9]!.sections });
      index.remove(profiles[21]!.id);
    }
    expect(lazy.search('zeppelin')).toEqual([]);
    expect(questions(lazy)).toEqual(questions(eager));
  });
});
