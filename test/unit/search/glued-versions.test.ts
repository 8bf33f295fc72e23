// A version typed onto an asked skill ("vue3", "C++17", "angular17") is read as the skill, while names that
// end in digits of their own ("d3", "web3") and unknown names stay whole.
import { describe, expect, it } from 'vitest';
import { loadProfiles } from '../../../src/profiles/store/load-profiles.js';
import { withoutGluedVersion } from '../../../src/profiles/vocabulary/skill-aliases.js';
import { createProfileIndex } from '../../../src/search/profile-index.js';

describe('a version glued onto an asked skill', () => {
  it.each([
    ['vue3', 'vue'],
    ['C++17', 'C++'],
    ['php8', 'php'],
    ['python3.11', 'python'],
    ['Angular17', 'Angular'],
  ])('reads %j as %j', (asked, name) => {
    expect(withoutGluedVersion(asked)).toBe(name);
  });

  it.each(['d3', 'html5', 'c1', 'x86', 'tier3'])('keeps %j whole', (asked) => {
    expect(withoutGluedVersion(asked)).toBe(asked);
  });

  it('finds the holders of the skill for a question with a glued version', async () => {
    const { profiles } = await loadProfiles('test/fixtures/skill-claims');
    const index = createProfileIndex(profiles);
    for (const [asked, id] of [
      ['ember5', 'henrike-vos'],
      ['terraform1.5', 'henrike-vos'],
    ] as const) {
      const { canonical, matches } = index.whoKnows(asked);
      expect(canonical).not.toMatch(/\d/);
      expect(matches.map((m) => m.profile.id)).toContain(id);
    }
  });
});
