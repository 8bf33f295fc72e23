// Skills: canonical names with categories from lists, label lines, tables, badges and icon sets.
import { describe, expect, it } from 'vitest';
import { looksTechnical } from '../../../src/profiles/extract/looks-technical.js';
import { splitSkillLine } from '../../../src/profiles/extract/split-skill-list.js';
import { aliasCount, canonicalSkillName } from '../../../src/profiles/vocabulary/skill-aliases.js';
import { parsed } from './extract-helpers.js';

const names = (path: string) => parsed(path).skills.map((s) => s.name);
const categoryOf = (path: string, name: string) => parsed(path).skills.find((s) => s.name === name)?.category;

describe('skills from the seeds', () => {
  it('reads every skill Rajdeep lists, with "and more…" dropped', () => {
    const skills = names('profiles/rajdeep-sengupta.md');
    for (const skill of [
      'Rust',
      'Go',
      'TypeScript',
      'JavaScript',
      'Python',
      'Terraform',
      'Docker',
      'PostgreSQL',
      'ClickHouse',
    ]) {
      expect(skills).toContain(skill);
    }
    for (const aws of [
      'AWS',
      'ECS',
      'Fargate',
      'EC2',
      'SQS',
      'ALB',
      'CloudFront',
      'IAM',
      'VPC',
      'Route 53',
      'WAF',
    ]) {
      expect(skills).toContain(aws);
    }
    expect(skills.some((s) => /more/i.test(s))).toBe(false);
  });

  it('files a skill under its "Label:" prefix, else under its sub-heading', () => {
    expect(categoryOf('profiles/rajdeep-sengupta.md', 'Rust')).toBe('Languages');
    expect(categoryOf('profiles/rajdeep-sengupta.md', 'Fargate')).toBe('AWS');
    expect(categoryOf('profiles/rajdeep-sengupta.md', 'AWS')).toBe('Cloud & Infrastructure');
    expect(categoryOf('profiles/rajdeep-sengupta.md', 'Terraform')).toBe('Infrastructure as Code');
  });

  it('keeps the line a skill came from as evidence', () => {
    const terraform = parsed('profiles/rajdeep-sengupta.md').skills.find((s) => s.name === 'Terraform');
    expect(terraform?.evidence).toBe(
      'Infrastructure as Code: Terraform, declarative provisioning, and more…',
    );
    expect(terraform?.line).toBe(24);
  });

  it('reads Rajat’s stack from the repaired file, dropping parenthesised qualifiers', () => {
    const skills = names('profiles/rajat-jog.md');
    for (const skill of ['Python', 'Django', 'Django REST Framework', 'PostgreSQL', 'React', 'Next.js']) {
      expect(skills).toContain(skill);
    }
    expect(categoryOf('profiles/rajat-jog.md', 'Django')).toBe('Backend & Data');
    expect(categoryOf('profiles/rajat-jog.md', 'Next.js')).toBe('Frontend (System-Oriented)');
    expect(skills.some((s) => s.includes('schema design'))).toBe(false);
  });

  it('takes no skills from intro lines and prose sentences', () => {
    const skills = names('profiles/rajat-jog.md');
    expect(skills.some((s) => s.endsWith(':'))).toBe(false);
    expect(skills).not.toContain('Transactional workflows & background jobs');
    expect(names('profiles/rajdeep-sengupta.md').some((s) => /failure paths/.test(s))).toBe(false);
  });
});

describe('skills from badges and icons', () => {
  const file = 'test/fixtures/extract/badges.md';

  it('reads shields.io badges from the alt text or, when that is wrong or missing, the badge URL', () => {
    expect(names(file).slice(0, 3)).toEqual(['TypeScript', 'Go', 'PostgreSQL']);
  });

  it('maps devicon, simple-icons and skillicons.dev ids to canonical names', () => {
    expect(names(file)).toEqual(
      expect.arrayContaining(['Docker', 'Kubernetes', 'Redis', 'JavaScript', 'Rust', 'Python', 'AWS']),
    );
  });

  it('ignores stats widgets and badges that link to a contact', () => {
    const skills = names(file);
    expect(skills).toHaveLength(10);
    expect(skills).not.toContain('LinkedIn');
    expect(skills).not.toContain('Gmail');
  });

  it('marks where a badge or icon skill came from', () => {
    const skills = parsed(file).skills;
    expect(skills.find((s) => s.name === 'TypeScript')?.source).toBe('badge');
    expect(skills.find((s) => s.name === 'Rust')?.source).toBe('icon');
  });
});

describe('skills from tables and mixed lists', () => {
  const file = 'test/fixtures/extract/skills-table.md';

  it('reads a Category | Skills table and a Tool | Level table', () => {
    expect(categoryOf(file, 'Kafka')).toBe('Data');
    expect(categoryOf(file, 'Terraform')).toBe('Toolbox');
    expect(parsed(file).skills.find((s) => s.name === 'Kafka')?.source).toBe('table');
  });

  it('canonicalises aliases written in lists', () => {
    expect(names(file)).toEqual(
      expect.arrayContaining(['Go', 'Node.js', 'Kubernetes', 'MongoDB', 'Vue.js', 'Tailwind CSS']),
    );
  });

  it('drops sentences and lists of plain words with no label and no technical name', () => {
    const skills = names(file);
    expect(skills).not.toContain('Payments');
    expect(skills.some((s) => s.startsWith('I love'))).toBe(false);
  });
});

describe('skill list splitting and aliases', () => {
  it('splits a labelled line on commas and slashes', () => {
    expect(splitSkillLine('AWS: ECS / Fargate, EC2, and more…')).toEqual({
      label: 'AWS',
      names: ['ECS', 'Fargate', 'EC2'],
      isList: true,
    });
  });

  it('treats a long sentence as no list', () => {
    expect(splitSkillLine('I design systems, and I operate them well for a long time').isList).toBe(false);
  });

  it('tells technical names from plain words', () => {
    expect(looksTechnical('RESTful API design')).toBe(true);
    expect(looksTechnical('Next.js')).toBe(true);
    expect(looksTechnical('booking engines')).toBe(false);
  });

  it('makes js, postgres, k8s and golang canonical', () => {
    expect(['js', 'postgres', 'k8s', 'golang', 'DRF', 'nodejs'].map(canonicalSkillName)).toEqual([
      'JavaScript',
      'PostgreSQL',
      'Kubernetes',
      'Go',
      'Django REST Framework',
      'Node.js',
    ]);
  });

  it('knows well over 80 aliases', () => {
    expect(aliasCount()).toBeGreaterThan(150);
  });
});
