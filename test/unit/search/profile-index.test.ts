// The ProfileIndex on real profile files: person resolution, whoknows, search, sections, autocomplete, updates.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Profile } from '../../../src/profiles/model/profile.js';
import { loadProfiles } from '../../../src/profiles/store/load-profiles.js';
import { createProfileIndex } from '../../../src/search/profile-index.js';
import type { ProfileIndex } from '../../../src/search/search-types.js';

const ROOT = join(import.meta.dirname, '../../..');
let index: ProfileIndex;
let profiles: Profile[];

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pa-search-'));
  cpSync(join(ROOT, 'profiles'), dir, { recursive: true });
  cpSync(join(ROOT, 'test/fixtures/search'), dir, { recursive: true });
  const loaded = await loadProfiles(dir);
  expect(loaded.rejected).toEqual([]);
  profiles = loaded.profiles;
  index = createProfileIndex(profiles);
});

const found = (query: string) => {
  const r = index.resolvePerson(query);
  return r.status === 'found' ? r.value.name : r.status;
};

describe('person resolution', () => {
  it('resolves "rajdep" to Rajdeep Sengupta and "rajat jg" to Rajat Jog', () => {
    expect(found('rajdep')).toBe('Rajdeep Sengupta');
    expect(found('rajat jg')).toBe('Rajat Jog');
  });

  it('resolves first names, last names, ids, handles and aliases', () => {
    expect(found('Rajat')).toBe('Rajat Jog');
    expect(found('sengupta')).toBe('Rajdeep Sengupta');
    expect(found('rajat-jog')).toBe('Rajat Jog');
    expect(found('jbrueck')).toBe('Jürgen Brückner');
    expect(found('JB')).toBe('Jürgen Brückner');
  });

  it('folds diacritics: "Bruckner" and "jurgen" find Jürgen Brückner', () => {
    expect(found('Bruckner')).toBe('Jürgen Brückner');
    expect(found('jurgen')).toBe('Jürgen Brückner');
  });

  it('answers ambiguous for "raj", listing both, never picking one', () => {
    const r = index.resolvePerson('raj');
    expect(r.status).toBe('ambiguous');
    if (r.status === 'ambiguous')
      expect(r.candidates.map((p) => p.name).sort()).toEqual(['Rajat Jog', 'Rajdeep Sengupta']);
  });

  it('answers not_found for a name nobody has', () => {
    expect(index.resolvePerson('zebulon').status).toBe('not_found');
    expect(index.resolvePerson('   ').status).toBe('not_found');
  });
});

describe('whoknows', () => {
  const who = (skill: string) => index.whoKnows(skill).matches.map((m) => m.profile.name);

  it('ranks a listed skill above a prose mention, and Rajat first for django', () => {
    expect(who('django')).toEqual(['Rajat Jog']);
    expect(who('rust')[0]).toMatch(/Rajdeep Sengupta|Maria Ortiz/);
  });

  it('never ranks "trust" or "Rusty" as knowing rust', () => {
    expect(who('rust')).not.toContain('Tara Quinn');
  });

  it('does not correct a word people really use: "trust" finds Tara, not Rust', () => {
    const result = index.whoKnows('trust');
    expect(result.canonical).toBe('trust');
    expect(result.matches.map((m) => m.profile.name)).toContain('Tara Quinn');
  });

  it('reads aliases and typos as the canonical skill', () => {
    expect(index.whoKnows('k8s').canonical).toBe('Kubernetes');
    expect(who('k8s')).toEqual(['Jürgen Brückner']);
    expect(index.whoKnows('terrafrom').canonical).toBe('Terraform');
    expect(who('terrafrom')).toEqual(['Rajdeep Sengupta']);
    expect(who('postgres')).toEqual(['Rajat Jog', 'Rajdeep Sengupta']);
    expect(who('djngo')).toEqual(['Rajat Jog']);
  });

  it('leaves unlisted people out', () => {
    expect(who('zig')).toEqual([]);
  });

  it('gives the evidence line', () => {
    const [match] = index.whoKnows('terraform').matches;
    expect(match?.skill.evidence).toContain('Terraform');
  });
});

describe('search', () => {
  it('ranks the section with both words of a phrase first, with a snippet', () => {
    const [hit] = index.search('event driven');
    expect(hit?.snippet.toLowerCase()).toContain('event');
    expect(hit?.snippet.toLowerCase()).toContain('driven');
  });

  it('finds words with typos', () => {
    expect(index.search('idempotncy')[0]?.profile.name).toBe('Rajat Jog');
  });

  it('keeps snippets short', () => {
    for (const hit of index.search('systems', { limit: 20 }))
      expect(hit.snippet.length).toBeLessThanOrEqual(200);
  });

  it('searches one person when asked', () => {
    const hits = index.search('systems', { personId: 'rajdeep-sengupta', limit: 20 });
    expect(hits.length).toBeGreaterThan(0);
    expect(new Set(hits.map((h) => h.profile.id))).toEqual(new Set(['rajdeep-sengupta']));
  });

  it('leaves unlisted people out of search', () => {
    expect(index.search('zig')).toEqual([]);
  });
});

describe('sections and autocomplete', () => {
  const rajat = () => profiles.find((p) => p.id === 'rajat-jog')!;

  it('finds a section by kind word or fuzzy title', () => {
    const values = index.resolveSection(rajat(), 'values');
    expect(values.status === 'found' && values.value.title).toBe('Engineering Principles I Default To');
    const strong = index.resolveSection(rajat(), 'strong at');
    expect(strong.status === 'found' && strong.value.title).toBe('What I’m Particularly Strong At');
  });

  it('says not found for a kind the profile lacks, instead of a look-alike title', () => {
    expect(index.resolveSection(rajat(), 'certs').status).toBe('not_found');
  });

  it('completes people, skills and section titles', () => {
    expect(index.completePeople('raj', 25).map((p) => p.name)).toEqual(['Rajat Jog', 'Rajdeep Sengupta']);
    expect(index.completePeople('', 2)).toHaveLength(2);
    expect(index.completeSkills('terr', 5)).toEqual(['Terraform']);
    expect(index.completeSections(rajat(), 'open', 5)).toEqual(['Open Source & Side Projects']);
  });
});

describe('incremental updates', () => {
  it('replaces a profile on upsert and forgets it on remove', () => {
    const local = createProfileIndex(profiles);
    const rajdeep = local.get('rajdeep-sengupta')!;
    local.upsert({ ...rajdeep, skills: rajdeep.skills.filter((s) => s.name !== 'Terraform') });
    // Without the listed skill, only the prose mention is left: found, but ranked as a mention.
    expect(local.whoKnows('terraform').matches[0]?.score).toBeLessThan(1);
    local.remove('rajat-jog');
    expect(local.resolvePerson('rajat').status).not.toBe('found');
    expect(local.whoKnows('django').matches).toEqual([]);
    expect(local.size).toBe(profiles.length - 1);
  });
});
