import { describe, expect, it } from 'vitest';
import { parsed } from './extract-helpers.js';

const resume = () => parsed('test/fixtures/real-patterns/resume-entry-stacks.json');
const skill = (name: string) => resume().skills.find((s) => s.name === name);

describe('JSON Resume job and project technology lists', () => {
  it("reads a job's own technology list (techs) as skills filed under the employer", () => {
    for (const name of ['React', 'TypeScript', 'Storybook'])
      expect(skill(name)).toMatchObject({ category: 'Paytrail Labs', source: 'json' });
  });

  it('reads a camelCase key with a comma-separated string, pairs split on slashes', () => {
    for (const name of ['Laravel', 'Vue.js', 'MySQL', 'Redis'])
      expect(skill(name)?.category).toBe('Estudio Norte');
  });

  it("reads a project's standard keywords as the technologies it was built with", () => {
    expect(skill('Svelte')?.category).toBe('Huerta');
    expect(skill('SQLite')?.category).toBe('Huerta');
  });

  it('keeps words that are no known technology out of the skills', () => {
    const names = resume().skills.map((s) => s.name.toLowerCase());
    for (const word of ['design reviews', 'client workshops', 'gardening']) expect(names).not.toContain(word);
  });

  it('keeps the Skills group first: a skill listed there keeps its group', () => {
    expect(skill('JavaScript')?.category).toBe('Frontend');
  });
});
