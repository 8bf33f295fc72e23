// JSON Resume: basics, work, skills, certificates mapped to a Profile; wrong files rejected by JSON path.
import { describe, expect, it } from 'vitest';
import { createProfileIndex } from '../../../src/search/profile-index.js';
import { parsed, rejected } from './extract-helpers.js';

describe('JSON Resume', () => {
  const file = 'test/fixtures/extract/resume.json';

  it('reads name, headline and contacts from basics', () => {
    const profile = parsed(file);
    expect(profile).toMatchObject({
      id: 'resume',
      name: 'Maria Souza',
      headline: 'Data Engineer',
      format: 'json-resume',
    });
    expect(profile.contacts.map((c) => c.kind)).toEqual(['email', 'phone', 'website', 'github', 'linkedin']);
  });

  it('makes each skill keyword a canonical skill in its group, and a keyword-less name a skill', () => {
    const skills = parsed(file).skills.map((s) => [s.name, s.category]);
    expect(skills).toEqual([
      ['Kafka', 'Data'],
      ['PostgreSQL', 'Data'],
      ['Spark', 'Data'],
      ['Python', null],
    ]);
  });

  it('keeps spoken languages as a section, never as skills', () => {
    const profile = parsed(file);
    expect(profile.skills.map((s) => s.name)).not.toContain('Portuguese');
    expect(profile.sections.find((s) => s.title === 'Spoken languages')?.items).toEqual([
      'Portuguese: Native',
      'English: Fluent',
    ]);
  });

  it('reads programming languages from a "Languages" skill group but not the spoken ones beside them', () => {
    const names = parsed('test/fixtures/extract/resume-language-group.json').skills.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Python', 'SQL', 'Airflow', 'dbt']));
    expect(names.filter((n) => /english|swedish|norwegian/i.test(n))).toEqual([]);
  });

  it('maps work to experience with periods and highlights, and certificates', () => {
    const profile = parsed(file);
    expect(profile.experience[0]).toMatchObject({
      title: 'Senior Data Engineer',
      organization: 'DataCo',
      period: '2020-01 – present',
      highlights: ['Moved batch jobs to streaming', 'Owned the Kafka platform'],
    });
    expect(profile.certifications[0]).toMatchObject({
      name: 'Databricks Certified Data Engineer',
      issuer: 'Databricks',
    });
  });

  it('accepts a minimal resume with only a name', () => {
    expect(parsed('test/fixtures/extract/resume-minimal.json')).toMatchObject({
      name: 'Li Wei',
      skills: [],
      experience: [],
    });
  });

  it('rejects a resume whose name is wrongly typed naming the JSON paths, but reads a string of highlights as a list', () => {
    const reason = rejected('test/fixtures/extract/resume-wrong-types.json');
    expect(reason).toContain('basics.name');
    expect(reason).toContain('basics.profiles');
    expect(reason).not.toContain('work.0.highlights');
  });

  it('rejects JSON that is not a resume, and text that is not JSON', () => {
    expect(rejected('test/fixtures/extract/not-resume.json')).toMatch(/not a JSON Resume/);
    expect(rejected('test/fixtures/extract/invalid.json')).toMatch(/not valid JSON/);
  });

  const legacy = 'test/fixtures/real-patterns/resume-legacy.json';

  it('reads basics.website as a contact and work[].company, but never a job’s site as a contact', () => {
    const profile = parsed(legacy);
    expect(profile.nameSource).toBe('json-resume');
    expect(profile.contacts.map((c) => c.value)).toEqual([
      'carla@example.com',
      'https://carlareyes.example',
      'https://github.com/carlareyes',
    ]);
    expect(profile.experience.map((e) => e.organization)).toEqual(['Teravolt', 'Arcade Guild']);
  });

  it('makes technology group names skills, strips versions and finds technologies inside phrases', () => {
    const names = parsed(legacy).skills.map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'JavaScript',
        'React',
        'Node.js',
        'PHP',
        'Laravel',
        'Angular',
        'Python',
        'Docker',
        'PostgreSQL',
      ]),
    );
    expect(names).not.toContain('Laravel 5.*');
    expect(names).not.toContain('Usage with Docker');
    expect(names).not.toContain('Spanish');
  });

  it('reads jobs under the non-standard "experience" key (company, from, to, activities)', () => {
    expect(parsed('test/fixtures/real-patterns/resume-experience-key.json').experience).toEqual([
      expect.objectContaining({
        title: 'Software Developer Specialist',
        organization: 'Belvedere',
        period: 'May 2022 – Current',
        highlights: ['Finance module', 'Migration of legacy tools'],
      }),
      expect.objectContaining({ organization: 'City of Zapotal', period: 'Sep 2020 – May 2022' }),
    ]);
  });

  it('does not take basics.url for a personal site when it is the employer’s ("northwind.fr" for North Wind)', () => {
    const profile = parsed('test/fixtures/real-patterns/resume-employer-url.json');
    expect(profile.contacts.map((c) => c.value)).toEqual(['luc@example.com']);
  });

  const strings = 'test/fixtures/real-patterns/resume-string-lists.json';

  it('accepts plain strings for languages, skills and interests', () => {
    const profile = parsed(strings);
    expect(profile.sections.find((s) => s.title === 'Spoken languages')?.items).toEqual([
      'Polish',
      'English',
      'German',
    ]);
    expect(profile.skills.map((s) => s.name)).toEqual(['Go', 'Python', 'Terraform']);
    expect(profile.sections.find((s) => s.kind === 'interests')?.items).toEqual(['Sailing']);
  });

  it('never titles spoken languages like a skill group named "Languages"', () => {
    const profile = parsed(strings);
    expect(profile.skills.find((s) => s.name === 'Go')?.category).toBe('Languages');
    expect(profile.sections.filter((s) => s.title === 'Languages')).toEqual([]);
  });

  it('gives each job with a summary or highlights its own section under Work, for search', () => {
    const profile = parsed(strings);
    const job = profile.sections.find((s) => s.parentId === 'work');
    expect(job).toMatchObject({
      title: 'Platform Engineer at Lendly',
      kind: 'experience',
      text: '2021-02 – present',
    });
    expect(job?.items).toEqual([
      'Ran the infrastructure behind the mortgage underwriting service.',
      'Led quarterly failover drills across two regions',
      'Cut deploy time from 40 to 6 minutes',
    ]);
    expect(profile.sections.filter((s) => s.parentId === 'work')).toHaveLength(1);
    expect(profile.experience[0]?.highlights[0]).toBe(
      'Ran the infrastructure behind the mortgage underwriting service.',
    );
  });

  it('lets search find what a job summary and highlights say', () => {
    const index = createProfileIndex([parsed(strings)]);
    for (const words of ['mortgage underwriting', 'failover drills']) {
      const [hit] = index.search(words, { limit: 1 });
      expect(hit?.section.title).toBe('Platform Engineer at Lendly');
    }
  });
});
