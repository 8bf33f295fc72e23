// createSkillHolders over the team fixtures: who lists what, a typed term read as the listed spelling
// it was meant as (a typo, a word of a multi-word skill), and a removed profile leaving nothing behind.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Profile } from '../../../src/profiles/model/profile.js';
import { loadProfiles } from '../../../src/profiles/store/load-profiles.js';
import { byName } from '../../../src/search/name-order.js';
import { createSkillHolders } from '../../../src/search/skill-holders.js';

let profiles: Profile[];
beforeAll(async () => {
  ({ profiles } = await loadProfiles(join(import.meta.dirname, '../../fixtures/team')));
});

function holdersOfTeam() {
  const holders = createSkillHolders(byName);
  for (const profile of profiles) holders.add(profile);
  return holders;
}

describe('createSkillHolders', () => {
  it('reads a typo as the closest listed spelling, under its listed name', () => {
    const holders = holdersOfTeam();
    expect(holders.correctedSpellings('terrafrom')).toEqual({ name: 'Terraform', keys: ['terraform'] });
    expect(holders.correctedSpellings('kubernets').name).toBe('Kubernetes');
  });

  it('reads a word nobody lists alone as the multi-word skill it belongs to', () => {
    const holders = holdersOfTeam();
    const wider = holders.widerSkills('debugging');
    expect(wider.map((key) => holders.names.get(key))).toEqual(['JTAG debugging']);
    expect(holders.correctedSpellings('debugging').name).toBe('JTAG debugging');
  });

  it('lists the listed holders of a skill in name order', () => {
    const holders = holdersOfTeam();
    const get = (id: string) => profiles.find((p) => p.id === id);
    const listed = holders.listedByName('terraform', get);
    expect(listed.length).toBeGreaterThan(0);
    expect(listed).toEqual([...listed].sort(byName));
  });

  it('completes a prefix with listed names, shortest first', () => {
    expect(holdersOfTeam().complete('ku', 5)).toEqual(['Kubernetes']);
  });

  it('forgets every skill once every profile is removed', () => {
    const holders = holdersOfTeam();
    for (const profile of profiles) holders.remove(profile);
    expect(holders.holders.size).toBe(0);
    expect(holders.names.size).toBe(0);
    expect(holders.complete('', 5)).toEqual([]);
    expect(holders.correctedSpellings('terrafrom').keys).toEqual([]);
  });
});
