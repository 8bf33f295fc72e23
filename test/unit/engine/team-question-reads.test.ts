// Team questions at scale: what each profile says about its role, employers and place is read once per
// profile (roles when the index takes it), so a question over 10,000 people does not read them all again.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { employerMatches } from '../../../src/engine/employer-people.js';
import { groupMatches } from '../../../src/engine/group-people.js';
import { groupNamed, titledGroup } from '../../../src/engine/people-groups.js';
import { placeMatches } from '../../../src/engine/place-people.js';
import type { Profile } from '../../../src/profiles/model/profile.js';
import { loadProfiles } from '../../../src/profiles/store/load-profiles.js';
import { createProfileIndex } from '../../../src/search/profile-index.js';
import type { ProfileIndex } from '../../../src/search/search-types.js';
import { ROOT } from './load-test-engine.js';

/** Reads of the profiles' sections since the counter was reset. */
let reads = 0;
let index: ProfileIndex;

/** The profile, counting every read of its text. */
const counted = (profile: Profile): Profile =>
  new Proxy(profile, {
    get(target, key, receiver) {
      if (key === 'sections') reads += 1;
      return Reflect.get(target, key, receiver);
    },
  });

beforeAll(async () => {
  const { profiles } = await loadProfiles(join(ROOT, 'test/fixtures/group-questions'));
  index = createProfileIndex(profiles.map(counted));
});

const ids = (matches: readonly { profile: Profile }[]) => matches.map((m) => m.profile.id);

describe('team questions read each profile once', () => {
  it('reads no profile for a group by title: roles were read when the index took each profile', () => {
    reads = 0;
    const scientists = groupMatches(index, groupNamed('data scientists')!);
    const founders = groupMatches(index, titledGroup('founders')!);
    expect(reads).toBe(0);
    expect(ids(scientists).length + ids(founders).length).toBeGreaterThan(0);
  });

  it('reads an employer candidate’s sentences once: the same question again reads no section', () => {
    for (const employer of ['stripe', 'python']) {
      // "python" is in many profiles and no one's employer: every candidate's sentences are looked at.
      const first = employerMatches(index, employer);
      reads = 0;
      expect(employerMatches(index, employer)).toEqual(first);
      expect(reads).toBe(0);
    }
    expect(employerMatches(index, 'stripe').length).toBeGreaterThan(0);
  });

  it('reads a country’s candidates once however many of its names find them', () => {
    const first = placeMatches(index, 'germany');
    reads = 0;
    expect(placeMatches(index, 'germany')).toEqual(first);
    expect(first.length).toBeGreaterThan(0);
    expect(reads).toBe(0);
  });
});
