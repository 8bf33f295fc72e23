// A parenthesised group after a listed skill names what of it the author uses ("SpringFramework (mainly
// Spring Boot)"): those names are claims of the list, while qualifiers and learning lines stay out.
import { describe, expect, it } from 'vitest';
import { splitSkillLine } from '../../../src/profiles/extract/split-skill-list.js';
import { statesEverydayUse } from '../../../src/profiles/extract/use-sentence.js';
import { parsed } from './extract-helpers.js';

describe('a word of focus before a parenthesised group in a skills list', () => {
  const skills = new Map(
    parsed('test/fixtures/extract/skill-focus-groups.md').skills.map((s) => [s.name, s.source]),
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

describe('a second verb of the same first-person subject that points back at the technology', () => {
  const skills = new Map(
    parsed('test/fixtures/extract/use-back-reference.md').skills.map((s) => [s.name, s.source]),
  );

  it('lists Rust from "I picked up Rust … and now write our test harness in it"', () => {
    expect(skills.get('Rust')).toBe('text');
  });

  it('keeps a technology never used, or used years ago, out of the claims', () => {
    expect(skills.get('Elm')).not.toBe('text');
    expect(skills.get('Haskell')).not.toBe('text');
  });

  it.each([
    'I picked up Go two years ago and now build our services in it.',
    'We adopted Terraform and now build every environment with it.',
  ])('reads %j as stating use', (sentence) => {
    expect(statesEverydayUse(sentence)).toBe(true);
  });

  it.each([
    'I left Java years ago and now work with Go.',
    'I tried Elm and never wrote anything in it.',
    'I picked up Rust and now write about it on my blog.',
  ])('reads %j as no statement of use by the back-reference rule', (sentence) => {
    expect(statesEverydayUse(sentence)).toBe(false);
  });
});
