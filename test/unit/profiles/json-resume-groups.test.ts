import { describe, expect, it } from 'vitest';
import { parsed } from './extract-helpers.js';

const resume = () => parsed('test/fixtures/real-patterns/resume-soft-skills.json');

describe('JSON Resume skill groups, summary and scheme-less urls', () => {
  it('reads no trait from a soft-skills group (English or Spanish) as a skill', () => {
    const names = resume().skills.map((s) => s.name);
    for (const trait of [
      'Great communicator',
      'Problem-solving',
      'Team-oriented',
      'Liderazgo',
      'Soft Skills',
    ])
      expect(names).not.toContain(trait);
    expect(names).toEqual(expect.arrayContaining(['Docker', 'Terraform']));
  });

  it('keeps the soft-skill words in the Skills section text', () => {
    const skills = resume().sections.find((s) => s.kind === 'skills');
    expect(skills?.items.join(' ')).toContain('Great communicator');
  });

  it('reads the technologies basics.summary names as mentioned in prose, not listed', () => {
    const fromSummary = resume().skills.filter((s) => s.evidence.startsWith('Summary:'));
    expect(fromSummary.map((s) => s.name)).toEqual(
      expect.arrayContaining(['GraphQL', 'React Native', 'PostgreSQL', 'DynamoDB', 'Redis']),
    );
    expect(new Set(fromSummary.map((s) => s.source))).toEqual(new Set(['prose']));
  });

  it('reads a profile url written without a scheme ("www.linkedin.com/in/…") as that site', () => {
    expect(resume().contacts.map((c) => [c.kind, c.value])).toEqual(
      expect.arrayContaining([
        ['linkedin', 'https://www.linkedin.com/in/tomas-ibarra-platform'],
        ['github', 'https://github.com/tibarra'],
      ]),
    );
  });
});
