// Ranking quality guard (small N, seeded): every labelled typo query must hit in the top 5, and the
// prefiltered index must never do worse than plain fuse.js over the same corpus. No timings here.
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../src/profiles/model/profile.js';
import { createProfileIndex } from '../../../src/search/profile-index.js';
import { PERSON_KEYS } from '../../../src/search/search-keys.js';
import { generateProfiles, type LabelledQuery, labelledTypos } from '../../bench/corpus.js';

const profiles = generateProfiles(300);
const queries = labelledTypos(profiles, 120);
const index = createProfileIndex(profiles);

function ours(q: LabelledQuery): Profile[] {
  return q.kind === 'name'
    ? index.completePeople(q.query, 5)
    : index.whoKnows(q.query, { limit: 5 }).matches.map((m) => m.profile);
}

const plainPeople = new Fuse(profiles, { keys: PERSON_KEYS, ignoreLocation: true });
const plainSkills = new Fuse(profiles, { keys: ['skills.name'], ignoreLocation: true });
function plain(q: LabelledQuery): Profile[] {
  return (q.kind === 'name' ? plainPeople : plainSkills).search(q.query, { limit: 5 }).map((r) => r.item);
}

const hit = (q: LabelledQuery, top: Profile[]) =>
  q.kind === 'name'
    ? top.some((p) => p.id === q.expected)
    : top.some((p) => p.skills.some((s) => s.name === q.expected));

describe('ranking quality on a labelled typo set', () => {
  it('finds every labelled typo query in the top 5', () => {
    const misses = queries
      .filter((q) => !hit(q, ours(q)))
      .map((q) => `${q.kind}: ${q.query} → ${q.expected}`);
    expect(misses).toEqual([]);
  });

  it('is never below plain fuse.js over the same corpus', () => {
    const oursHits = queries.filter((q) => hit(q, ours(q))).length;
    const plainHits = queries.filter((q) => hit(q, plain(q))).length;
    expect(oursHits).toBeGreaterThanOrEqual(plainHits);
  });
});
