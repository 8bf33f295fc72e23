// JSON Resume: basics, work, skills, certificates mapped to a Profile; wrong files rejected by JSON path.
import { describe, expect, it } from 'vitest';
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
    expect(profile.sections.find((s) => s.title === 'Languages')?.items).toEqual([
      'Portuguese: Native',
      'English: Fluent',
    ]);
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

  it('rejects a wrongly typed resume naming the JSON paths', () => {
    const reason = rejected('test/fixtures/extract/resume-wrong-types.json');
    expect(reason).toContain('basics.name');
    expect(reason).toContain('basics.profiles');
    expect(reason).toContain('work.0.highlights');
  });

  it('rejects JSON that is not a resume, and text that is not JSON', () => {
    expect(rejected('test/fixtures/extract/not-resume.json')).toMatch(/not a JSON Resume/);
    expect(rejected('test/fixtures/extract/invalid.json')).toMatch(/not valid JSON/);
  });
});
