// Hand-edited JSON Resume fields: a field of an odd shape costs that field, never the job; skill groups under
// other key names; groups of what is being learned; the person's own site reused by their own company.
import { describe, expect, it } from 'vitest';
import { parsed } from './extract-helpers.js';

const dir = 'test/fixtures/resume-shapes';

describe('JSON Resume fields of odd shapes', () => {
  it('keeps a job whose end date is a sentence, whose summary is a list of strings or whose summary is an object', () => {
    const profile = parsed(`${dir}/field-shapes.json`);
    expect(profile.experience.map((e) => e.organization)).toEqual([
      'Větrník Data s.r.o.',
      'Lesní Software',
      'Porto Labs',
    ]);
    expect(profile.experience[0]).toMatchObject({
      period: '03/2021 – Present (6-month contract, extended twice)',
      highlights: [
        'Fully remote role on the ingestion team.\nMoved nightly jobs to streaming.',
        'Kept the Kafka consumers healthy',
      ],
    });
    expect(profile.experience[1]).toMatchObject({ title: 'Backend Developer', period: '2017 – 2020' });
    expect(profile.experience[2]).toMatchObject({ title: null });
  });

  it('warns about each field it leaves out, naming the item and the field', () => {
    const messages = parsed(`${dir}/field-shapes.json`).warnings.map((w) => w.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^left out work item 2 summary \(/),
        expect.stringMatching(/^left out work item 3 position \(/),
        expect.stringMatching(/^left out certificates item 1 /),
      ]),
    );
  });

  it('reads a school written as a list of strings, and drops a certificate only when its name is unusable', () => {
    const profile = parsed(`${dir}/field-shapes.json`);
    expect(profile.sections.find((s) => s.title === 'Education')?.items).toEqual([
      'Informatics, České vysoké učení technické',
    ]);
    expect(profile.certifications.map((c) => c.name)).toEqual(['CKA']);
  });

  it('reads the name without a leading academic title, keeping the titled form as an alias', () => {
    const profile = parsed(`${dir}/field-shapes.json`);
    expect(profile.name).toBe('Radka Novotná');
    expect(profile.aliases).toEqual(['Dipl.-Ing. Radka Novotná']);
    expect(parsed(`${dir}/skill-group-keys.json`).name).toBe('Mattias Ekström');
  });

  it('reads basics.phone with the country code in parentheses', () => {
    const profile = parsed(`${dir}/field-shapes.json`);
    expect(profile.contacts).toContainEqual(
      expect.objectContaining({ kind: 'phone', value: '(+420) 601 234 567' }),
    );
  });
});

describe('JSON Resume skill groups', () => {
  it('reads groups written as category/names, title/items or label/list like name/keywords', () => {
    const profile = parsed(`${dir}/skill-group-keys.json`);
    const names = profile.skills.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Elixir', 'PostgreSQL', 'Terraform', 'Nomad', 'Svelte']));
    expect(profile.skills.find((s) => s.name === 'Terraform')?.category).toBe('Infrastructure');
  });

  it('claims nothing from a group of what is being learned or is next, not even when a job mentions it', () => {
    const names = parsed(`${dir}/skill-group-keys.json`).skills.map((s) => s.name);
    expect(names).not.toContain('Zig');
    expect(names).not.toContain('Gleam');
    expect(names).not.toContain('OCaml');
    // "Next.js" is a technology, not "next": its group is read.
    expect(names).toEqual(expect.arrayContaining(['Remix', 'Next.js']));
  });
});

describe('JSON Resume personal site reused by a job', () => {
  it('keeps basics.url when the job at that address is the person’s own company or the host carries their name', () => {
    const own = parsed(`${dir}/own-company-url.json`).contacts.map((c) => c.value);
    expect(own).toContain('https://raghunathan.dev');
    const founder = parsed(`${dir}/founder-url.json`).contacts.map((c) => c.value);
    expect(founder).toContain('https://quillworks.example');
  });

  it('still leaves out basics.url when it is an employer’s site', () => {
    const contacts = parsed(`${dir}/employer-url.json`).contacts;
    expect(contacts.map((c) => c.value)).not.toContain('https://nordbank.example');
  });
});

describe('JSON Resume skills written as an object of named lists', () => {
  it('reads each named list as a skill group labelled by its key, and a learning list claims nothing', () => {
    const profile = parsed(`${dir}/skills-named-lists.json`);
    const names = profile.skills.map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining(['TypeScript', 'Node.js', 'Java', 'React', 'Express', 'Git', 'Docker']),
    );
    expect(names).not.toContain('Elixir');
    expect(profile.skills.find((s) => s.name === 'Git')?.category).toBe('Dev tooling');
    expect(profile.skills.find((s) => s.name === 'Java')?.category).toBe('Languages and runtimes');
  });
});

describe('JSON Resume skills written as one group without its brackets', () => {
  it('reads the group, not its name or level, as skills', () => {
    const profile = parsed(`${dir}/skills-single-object.json`);
    const names = profile.skills.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['HTML', 'CSS', 'TypeScript']));
    expect(names).not.toContain('Web Development');
    expect(names).not.toContain('Mid-Level');
  });
});
