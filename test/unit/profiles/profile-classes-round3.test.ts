// Classes of input found in a third blind set of real profiles (made-up people): Iconify icons, employer
// lists on one line, platform badges that link to the person's page, learning cues in other languages…
import { describe, expect, it } from 'vitest';
import { parsed } from './extract-helpers.js';

const dir = 'test/fixtures/profile-classes-3';
const profile = (file: string) => parsed(`${dir}/${file}`);
const skills = (file: string) => profile(file).skills.map((s) => s.name);

describe('skills from Iconify icons', () => {
  it('reads the technology from the id of a logo-set icon on api.iconify.design, without its -icon/-light suffix', () => {
    expect(skills('iconify-icons.md')).toEqual(['Python', 'FastAPI', 'Node.js', 'Rust']);
  });
});

describe('employer lists after "Previously at"', () => {
  const employers = profile('previously-at.md').experience.map((e) => e.organization);

  it('takes every item of a " · "-separated line under a "Previously at:" label as an employer, @org handles by name', () => {
    expect(employers).toEqual(
      expect.arrayContaining([
        'Quillwort',
        'Mossbank Health',
        'tidepool-labs',
        'Orchard Retail',
        'fernco',
        'Larch Systems',
      ]),
    );
  });

  it('reads a comma list after "Past:" on the same line, and still a lone "Previously at X"', () => {
    expect(employers).toEqual(expect.arrayContaining(['Heronway', 'Bluefin Digital', 'Kelpie Logistics']));
  });

  it('takes nothing from a "Previously at:" line whose items are not all organisation-shaped', () => {
    const p = parsed('test/fixtures/profile-classes-3/previously-prose.md');
    for (const org of p.experience.map((e) => e.organization)) expect(org).not.toMatch(/\bI\b|baker/);
  });
});

describe('learning cues in other languages', () => {
  it('claims no skill from a line that says "I am learning" in Russian, Portuguese, Spanish, Chinese or Japanese', () => {
    expect(skills('learning-cues.md')).toEqual(['Go', 'PostgreSQL']);
  });
});

describe('JSON Resume keywords and share links', () => {
  it('reads a slash-joined keyword of known languages ("C/C++", "C#/.NET") as each of them, as a markdown list is', () => {
    expect(skills('resume-slash-keywords.json')).toEqual(['C', 'C++', 'Java', 'C#', '.NET', 'CI/CD']);
  });

  it('keeps an X/Twitter profile whose URL carries a share query (?s=08, ?s=21&t=…)', () => {
    const kinds = (file: string) => profile(file).contacts.map((c) => `${c.kind} ${c.value}`);
    expect(kinds('resume-share-query.json')).toContain('x https://twitter.com/ravimenon_dev?s=08');
    expect(kinds('share-query.md')).toContain('x https://x.com/ravimenon_dev?s=21&t=abcXYZ');
  });
});
