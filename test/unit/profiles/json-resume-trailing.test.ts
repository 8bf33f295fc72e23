// A JSON Resume followed by stray text (a task-list line, a second paste) keeps its person, with a warning
// naming the line; text that is not a complete object first is still rejected with the JSON error.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../../src/profiles/parse-profile.js';

const resume = JSON.stringify(
  {
    basics: { name: 'Tomasz "Tom" Wrona', email: 'tom@example.org', label: 'Backend Developer' },
    work: [{ name: 'Kestrel Labs', position: 'Engineer', startDate: '2021-03' }],
    skills: [{ name: 'Backend', keywords: ['Go', 'PostgreSQL', 'a } in a string', 'a \\" quote'] }],
  },
  null,
  2,
);
const parse = (text: string) => parseProfile(new TextEncoder().encode(text), 'tom.json');

describe('a JSON Resume with text after its object', () => {
  const last = resume.split('\n').length;
  it.each([
    ['a task-list line', `${resume}\n- [ ]\n`, last + 1],
    ['a second pasted object', `${resume}\n\n${resume}\n`, last + 2],
    ['an editor leftover on the same line', `${resume} ,`, last],
  ])('keeps the person and warns about the rest, naming its line (%s)', (_, text, line) => {
    const result = parse(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { profile } = result;
    expect(profile.name).toBe('Tomasz "Tom" Wrona');
    expect(profile.skills.map((s) => s.name)).toEqual(expect.arrayContaining(['Go', 'PostgreSQL']));
    expect(profile.experience.map((e) => e.organization)).toEqual(['Kestrel Labs']);
    const warning = profile.warnings.find((w) => w.code === 'text-after-json');
    expect(warning?.line).toBe(line);
  });

  it('is still rejected, with the JSON error and its line, when the object never closes or is broken inside', () => {
    for (const text of [resume.slice(0, -1), resume.replace('"Go"', '"Go",,'), `junk ${resume}`]) {
      const result = parse(text);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.rejected.reason).toMatch(/^not valid JSON/);
    }
  });

  it('is read exactly as before when nothing follows the object', () => {
    const result = parse(`${resume}\n\n`);
    expect(result.ok && result.profile.warnings.some((w) => w.code === 'text-after-json')).toBe(false);
  });
});
