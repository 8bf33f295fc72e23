import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../src/profiles/model/profile.js';
import { parseProfile, validateProfile } from '../../../src/profiles/parse-profile.js';

const fixture = (name: string) =>
  parseProfile(readFileSync(join(import.meta.dirname, '../../fixtures/robustness', name)), name);

describe('one bad item costs that item, not the profile', () => {
  it('keeps a README whose badge row ends in an empty link, with its skills and contacts', () => {
    const result = fixture('empty-links.md');
    if (!result.ok) throw new Error(result.rejected.reason);
    expect(result.profile.name).toBe('Noor Haddad');
    expect(result.profile.skills.map((s) => s.name)).toEqual(expect.arrayContaining(['Go', 'PostgreSQL']));
    expect(result.profile.contacts.map((c) => c.kind)).toContain('linkedin');
    for (const section of result.profile.sections)
      for (const link of section.links) expect(link.url).not.toBe('');
  });

  it('keeps a JSON Resume with a blank job, skipping that job, reading a job with a blank title by its company and keeping one with only a summary', () => {
    const result = fixture('blank-job.json');
    if (!result.ok) throw new Error(result.rejected.reason);
    expect(result.profile.name).toBe('Tomas Varga');
    expect(result.profile.experience.map((e) => e.organization)).toEqual([
      'Riverline Logistics',
      'Northwind Analytics',
      null,
    ]);
    // A job with only a summary still says something: it is kept, named by its summary.
    expect(result.profile.experience[2]?.text).toMatch(/^Freelance: nightly Airflow/);
    expect(result.profile.skills.map((s) => s.name)).toEqual(expect.arrayContaining(['Python', 'Airflow']));
  });

  it('leaves out an invalid item that an extractor let through, with a warning naming it and its line', () => {
    const good = fixture('empty-links.md');
    if (!good.ok) throw new Error(good.rejected.reason);
    const broken = {
      ...good.profile,
      skills: [...good.profile.skills, { name: '', category: 'Tech Stack', line: 9 }],
    } as Profile;
    const result = validateProfile(broken, 'empty-links.md');
    if (!result.ok) throw new Error(result.rejected.reason);
    expect(result.profile.skills.map((s) => s.name)).toEqual(good.profile.skills.map((s) => s.name));
    const warning = result.profile.warnings.find((w) => w.code === 'dropped-invalid-item');
    expect(warning?.message).toMatch(/^left out skills item \d+ \(name: /);
    expect(warning?.line).toBe(9);
  });

  it('names each left-out item with its own reason, in list order', () => {
    const good = fixture('empty-links.md');
    if (!good.ok) throw new Error(good.rejected.reason);
    const base = good.profile.skills[0]!;
    const broken = {
      ...good.profile,
      skills: [{ ...base, category: '', line: 11 }, ...good.profile.skills, { ...base, name: '', line: 9 }],
    } as Profile;
    const result = validateProfile(broken, 'empty-links.md');
    if (!result.ok) throw new Error(result.rejected.reason);
    const left = result.profile.warnings.filter((w) => w.code === 'dropped-invalid-item');
    expect(left.map((w) => [w.line, w.message.replace(/ \(.*/, '')])).toEqual([
      [11, 'left out skills item 1'],
      [9, `left out skills item ${good.profile.skills.length + 2}`],
    ]);
    expect(left[0]?.message).toMatch(/\(category: /);
    expect(left[1]?.message).toMatch(/\(name: /);
  });

  it('still rejects a profile whose problem is outside any list item, saying why', () => {
    const result = parseProfile(new TextEncoder().encode('{"basics": {"name": ""}}'), 'nameless.json');
    expect(result.ok).toBe(false);
  });
});
