// whoknows for skills many people list reads a name-ordered list of holders kept per skill; these tests
// prove the list follows every change (new holder, lost skill, rename, unlisting, removal) and matches
// what ranking every holder would give.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../src/profiles/model/profile.js';
import { byNameKey } from '../../../src/search/name-order.js';
import { createProfileIndex } from '../../../src/search/profile-index.js';
import { createSkillHolders } from '../../../src/search/skill-holders.js';
import { generateProfiles } from '../../bench/corpus.js';

const names = (index: ReturnType<typeof createProfileIndex>, skill: string, limit = 10) =>
  index.whoKnows(skill, { limit }).matches.map((m) => m.profile.name);

/** Reference: every listed holder of the skill, sorted by name, first `limit`. */
const expected = (profiles: readonly Profile[], skill: string, limit = 10) =>
  profiles
    .filter((p) => p.listed && p.skills.some((s) => s.name === skill))
    .map((p) => p.name)
    .sort((a, b) => a.localeCompare(b))
    .slice(0, limit);

describe('whoknows for a skill many people list', () => {
  const profiles = generateProfiles(400);

  it('lists the first holders by name, as ranking every holder would', () => {
    const index = createProfileIndex(profiles);
    for (const skill of ['Rust', 'Kubernetes', 'PostgreSQL', 'React']) {
      expect(names(index, skill)).toEqual(expected(profiles, skill));
      expect(names(index, skill, 3)).toEqual(expected(profiles, skill, 3));
    }
  });

  it('follows a renamed holder, a lost skill, an unlisted person and a removal', () => {
    const local = [...profiles];
    const index = createProfileIndex(local);
    const before = names(index, 'Rust');
    const first = local.find((p) => p.name === before[0])!;
    const second = local.find((p) => p.name === before[1])!;
    const third = local.find((p) => p.name === before[2])!;
    const fourth = local.find((p) => p.name === before[3])!;

    const renamed = { ...first, name: 'Zz Last' };
    const lost = { ...second, skills: second.skills.filter((s) => s.name !== 'Rust') };
    const unlisted = { ...third, listed: false };
    for (const p of [renamed, lost, unlisted]) {
      index.upsert(p);
      local[local.findIndex((q) => q.id === p.id)] = p;
    }
    index.remove(fourth.id);
    local.splice(local.indexOf(fourth), 1);

    const after = names(index, 'Rust');
    expect(after).toEqual(expected(local, 'Rust'));
    expect(after).not.toContain(first.name);
    expect(after).not.toContain(second.name);
    expect(after).not.toContain(third.name);
    expect(after).not.toContain(fourth.name);
  });

  it('adds a new holder where their name sorts', () => {
    const index = createProfileIndex(profiles);
    expect(names(index, 'Rust')[0]).not.toBe('Aaron Aardvark');
    const newcomer = { ...profiles[0]!, id: 'aaron-aardvark', name: 'Aaron Aardvark', file: 'aaron.md' };
    newcomer.skills = [{ ...profiles[0]!.skills[0]!, name: 'Rust' }];
    index.upsert(newcomer);
    expect(names(index, 'Rust')[0]).toBe('Aaron Aardvark');
  });

  it('reads a misspelt popular skill as its closest spelling, holders in name order', () => {
    const index = createProfileIndex(profiles);
    const result = index.whoKnows('Kubernets');
    expect(result.canonical).toBe('Kubernetes');
    expect(result.matches.map((m) => m.profile.name)).toEqual(expected(profiles, 'Kubernetes'));
    expect(result.matches.every((m) => m.score < 1)).toBe(true);
  });

  it('keeps a holder list in order through a change without sorting it again', () => {
    let compared = 0;
    const holders = createSkillHolders((a, b) => {
      compared += 1;
      return byNameKey(a, b);
    });
    const byId = new Map(profiles.map((p) => [p.id, p]));
    for (const p of profiles) holders.add(p);
    const before = holders.listedByName('rust', (id) => byId.get(id));
    expect(before.length).toBeGreaterThan(50);
    const changed = { ...before[5]!, name: 'Zz Renamed' };
    compared = 0;
    holders.remove(before[5]!);
    holders.add(changed);
    byId.set(changed.id, changed);
    const after = holders.listedByName('rust', (id) => byId.get(id));
    // Two binary searches per skill the person lists, not a sort of every holder.
    expect(compared).toBeLessThan(changed.skills.length * 2 * Math.log2(before.length + 1) + 10);
    expect(after.at(-1)).toBe(changed);
    expect(after).toEqual([...after].sort(byNameKey));
    expect(after).toHaveLength(before.length);
  });
});
