// A parenthesised group after a listed skill names what of it the author uses ("SpringFramework (mainly
// Spring Boot)"): those names are claims of the list, while qualifiers and learning lines stay out.
import { describe, expect, it } from 'vitest';
import { splitSkillLine } from '../../../src/profiles/extract/split-skill-list.js';
import { parsed } from './extract-helpers.js';

describe('a word of focus before a parenthesised group in a skills list', () => {
  const skills = new Map(
    parsed('test/fixtures/skill-claims/nuno-calvet.md').skills.map((s) => [s.name, s.source]),
  );

  it.each(['Kubernetes', 'Spring Boot', 'Kotlin', 'MySQL', 'PostgreSQL', 'Terraform'])(
    'lists %s named inside the parenthesis as a skill',
    (name) => {
      expect(skills.get(name)).toBe('text');
    },
  );

  it('keeps the broader skill before the parenthesis', () => {
    expect(skills.get('Spring')).toBe('text');
  });

  it('claims nothing from a parenthesis on a learning line', () => {
    expect(skills.has('Phoenix')).toBe(false);
  });

  it.each([
    ['SpringFramework (mostly Spring Boot)', 'Spring Boot'],
    ['GCP (especially BigQuery, Cloud Run)', 'BigQuery'],
    ['Java (including Kotlin)', 'Kotlin'],
  ])('reads %j as listing %s', (line, name) => {
    expect(splitSkillLine(line).names).toContain(name);
  });

  it('reads a qualifier after a focus word as no name ("mainly backend work")', () => {
    expect(splitSkillLine('Python (mainly backend work)').names).toEqual(['Python']);
  });
});
