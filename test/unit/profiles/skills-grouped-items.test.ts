import { describe, expect, it } from 'vitest';
import { parsed } from './extract-helpers.js';

const skills = () =>
  parsed('test/fixtures/real-patterns/skills-grouped-code-and-logo-badges.md').skills.map((s) => s.name);

describe('grouped skill items in code bios, and category-technology badges', () => {
  it('reads the technologies inside a grouped item and keeps reading the list after it', () => {
    expect(skills()).toEqual(
      expect.arrayContaining([
        'Vue.js',
        'MongoDB',
        'Redis',
        'Supabase',
        'GitHub Actions',
        'Netlify',
        'Docker',
      ]),
    );
  });

  it('reads no role from a skills array', () => {
    expect(skills()).not.toContain('Desenvolvedora Full Stack');
  });

  it('takes the side of a "Category-Technology" badge its logo names ("Shell-Bash", logo=gnu-bash → Bash)', () => {
    expect(skills()).toEqual(expect.arrayContaining(['Bash', 'Python']));
    expect(skills()).not.toContain('Shell');
  });
});
