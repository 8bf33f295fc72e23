// A place question looks up hundreds of names (a region, the US with its states and cities): each spaced
// name is found through the index's exact words and other-script names among the profiles that write
// them, never by a ranked search per name or a look at everyone, with the same people as those searches.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNSPACED_NAME } from '../../../src/engine/employer-names.js';
import { placeNames } from '../../../src/engine/place-names.js';
import { placeMatches } from '../../../src/engine/place-people.js';
import { loadProfiles } from '../../../src/profiles/store/load-profiles.js';
import { createProfileIndex } from '../../../src/search/profile-index.js';
import type { ProfileIndex } from '../../../src/search/search-types.js';
import { ROOT } from './load-test-engine.js';

const PLACES = ['europe', 'asia', 'united states', 'china', 'japan', 'korea', 'germany', 'latam', 'berlin'];

/** The index, counting searches and reads of everyone; `plain` leaves out the cheap lookups. */
function counted(index: ProfileIndex, plain: boolean) {
  const calls = { search: 0, all: 0 };
  const wrapped: ProfileIndex = {
    ...index,
    size: index.size,
    all: () => {
      calls.all += 1;
      return index.all();
    },
    search: (query, options) => {
      calls.search += 1;
      return index.search(query, options);
    },
    withWords: plain ? undefined : index.withWords,
    otherScriptWriters: plain ? undefined : index.otherScriptWriters,
  };
  return { wrapped, calls };
}

const ids = (index: ProfileIndex, place: string) =>
  placeMatches(index, place).map((m) => `${m.profile.id}: ${m.line}`);

describe('place question candidates', () => {
  for (const folder of ['place-12', 'team-scripts', 'group-questions'])
    it(`finds the same people as a search per name would (${folder})`, async () => {
      const { profiles } = await loadProfiles(join(ROOT, 'test/fixtures', folder));
      const index = createProfileIndex(profiles);
      const plain = counted(index, true).wrapped;
      let found = 0;
      for (const place of PLACES) {
        const answer = ids(index, place);
        expect(answer).toEqual(ids(plain, place));
        found += answer.length;
      }
      expect(found).toBeGreaterThan(3);
    });

  it('searches only names written without spaces, and never reads everyone', async () => {
    const { profiles } = await loadProfiles(join(ROOT, 'test/fixtures/team-scripts'));
    const { wrapped, calls } = counted(createProfileIndex(profiles), false);
    for (const place of ['united states', 'europe', 'asia']) {
      const names = placeNames(place);
      expect(names.length).toBeGreaterThan(100);
      calls.search = 0;
      placeMatches(wrapped, place);
      expect(calls.search).toBe(names.filter((n) => UNSPACED_NAME.test(n)).length);
    }
    expect(calls.all).toBe(0);
  });
});
