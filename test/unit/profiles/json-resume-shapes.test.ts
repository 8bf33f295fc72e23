// JSON Resume files that stray from the schema in one section keep the person; the section is read or left out.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/profiles-check.js';
import { parseProfile } from '../../../src/profiles/parse-profile.js';
import { captureIo } from '../cli/cli-streams.js';
import { parsed, rejected } from './extract-helpers.js';

const dir = 'test/fixtures/resume-shapes';

describe('JSON Resume with hand-edited shapes', () => {
  it('reads a single skills object where a list is expected as a one-group list', () => {
    const profile = parsed(`${dir}/skills-single-object.json`);
    expect(profile.name).toBe('Tova Lindqvist');
    expect(profile.skills.map((s) => s.name)).toEqual(expect.arrayContaining(['HTML', 'CSS', 'TypeScript']));
    expect(profile.experience[0]).toMatchObject({ title: 'Web Developer', organization: 'Blåbär Studio' });
    expect(profile.warnings).toEqual([]);
  });

  it('reads single objects for work and profiles, and a string for keywords, highlights and courses, as one-item lists', () => {
    const profile = parsed(`${dir}/string-lists.json`);
    expect(profile.contacts.map((c) => c.kind)).toContain('github');
    expect(profile.experience[0]).toMatchObject({
      title: 'Platform Engineer',
      organization: 'Harbor Freight Lines',
      highlights: ['Ran the Kubernetes clusters'],
    });
    expect(profile.skills.map((s) => s.name)).toContain('Go');
    expect(profile.sections.find((s) => s.title === 'Education')?.items).toEqual([
      'Computer Science, Accra Technical University',
    ]);
  });

  it('leaves out a section or item of an unusable shape with a warning naming it, keeping the rest of the person', () => {
    const profile = parsed(`${dir}/unusable-sections.json`);
    expect(profile.name).toBe('Ines Carvalho');
    expect(profile.contacts.map((c) => c.kind)).toEqual(['email']);
    expect(profile.skills.map((s) => s.name)).toEqual(expect.arrayContaining(['SQL', 'Python']));
    // A job whose position is of the wrong shape is still a job: only the position is left out.
    expect(profile.experience.map((e) => e.organization)).toEqual(['Maré Analytics', 'Porto Labs']);
    expect(profile.sections.map((s) => s.title)).not.toContain('Projects');
    const messages = profile.warnings.map((w) => w.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^left out projects \(.*expected array, received number/),
        expect.stringMatching(/^left out basics\.location \(/),
        expect.stringMatching(/^left out work item 2 position \(/),
      ]),
    );
  });

  it('shows each left-out section as a warning in the profiles check report', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'shapes-'));
    try {
      copyFileSync(
        join(import.meta.dirname, '../../..', dir, 'unusable-sections.json'),
        join(folder, 'ines.json'),
      );
      const cli = captureIo({ cwd: folder });
      expect(await run(['.'], cli.io)).toBe(0);
      expect(cli.stdout()).toMatch(/warning: left out projects \(/);
      expect(cli.stdout()).toMatch(/warning: left out work item 2 position \(/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('keeps the person whatever odd value any one section or basics field holds', () => {
    const odd = [7, 'text', true, {}, [3], [[]], { a: { b: 1 } }, [{ keywords: 5, highlights: { x: 1 } }]];
    const keys = [
      'work',
      'experience',
      'skills',
      'projects',
      'education',
      'certificates',
      'languages',
      'interests',
    ];
    for (const value of odd)
      for (const at of [...keys, 'basics.profiles', 'basics.location', 'basics.email']) {
        const basics: Record<string, unknown> = { name: 'Noor Haddad' };
        const resume: Record<string, unknown> = { basics };
        if (at.startsWith('basics.')) basics[at.slice(7)] = value;
        else resume[at] = value;
        const result = parseProfile(new TextEncoder().encode(JSON.stringify(resume)), 'noor.json');
        expect(result.ok && result.profile.name, `${at} = ${JSON.stringify(value)}`).toBe('Noor Haddad');
      }
  });

  it('still rejects a file whose basics has no usable name, saying so', () => {
    expect(rejected(`${dir}/basics-unusable.json`)).toMatch(/basics\.name/);
  });
});

describe('JSON Resume work entries that are not jobs', () => {
  it('reads no job from an "employer" that says the person is looking for work or is a student, but keeps real employers (even one named "Seeking Alpha")', () => {
    const profile = parsed(`${dir}/seeking-work.json`);
    expect(profile.experience.map((e) => e.organization)).toEqual(['Recherche & Code SARL', 'Seeking Alpha']);
    expect(profile.skills.map((s) => s.name)).toEqual(expect.arrayContaining(['JavaScript', 'Django']));
  });
});
