import { describe, expect, it } from 'vitest';
import { loose, normContact, scoreProfiles } from '../../eval/profile-score.js';

describe('profile scorer', () => {
  it('compares names and skills ignoring case, spaces, dots, hyphens and underscores', () => {
    expect(loose('Koki-Develop')).toBe(loose('koki develop'));
    expect(loose('Node.js')).toBe(loose('NodeJS'));
  });

  it('normalises contacts: scheme, www, trailing slash, mailto and x.com', () => {
    expect(normContact('https://www.linkedin.com/in/ada/')).toBe('linkedin.com/in/ada');
    expect(normContact('mailto:Ada@Example.org?subject=hi')).toBe('ada@example.org');
    expect(normContact('https://x.com/ada')).toBe('twitter.com/ada');
    expect(normContact('tel:+1 (555) 010-2000')).toBe('+15550102000');
  });

  it('counts each expected fact once and catches must-nots under a prefix', () => {
    const expected = {
      skill_aliases: { 'Node.js': ['Node'] },
      profiles: {
        'ada.md': {
          name: 'Ada Lovelace',
          skills_must_include: ['Node.js', 'Rust'],
          skills_must_not_include: ['Expert'],
          contact_must_include: [{ kind: 'x', value: 'https://twitter.com/ada' }],
          contact_must_not_include: ['https://github.com/ada/engine'],
          experience_must_include: ['Analytical Engines Ltd'],
        },
        'bob.md': { name: 'bob', experience_must_include: null },
      },
    };
    const output = {
      profiles: [
        {
          file: 'ada.md',
          name: 'ada lovelace',
          skills: [{ name: 'Node' }, { name: 'Expert' }],
          contacts: [
            { kind: 'x', value: 'https://x.com/ada/' },
            { kind: 'github', value: 'https://github.com/ada/engine/issues' },
          ],
          experience: [{ text: 'Engineer at Analytical Engines Ltd' }],
        },
      ],
      rejected: [{ file: 'bob.md', reason: 'line 1: bad front matter' }],
    };
    const { files, totals } = scoreProfiles(expected, output);
    expect(totals).toEqual({
      names: [1, 2],
      skills: [1, 2],
      contacts: [1, 1],
      experience: [1, 1],
      'must-not': [1, 3], // bob states no job: no experience passes
    });
    expect(files.find((f) => f.file === 'bob.md')?.rejected).toBe('line 1: bad front matter');
    expect(files.find((f) => f.file === 'ada.md')?.failures).toContain('missing skill: Rust');
  });
});
