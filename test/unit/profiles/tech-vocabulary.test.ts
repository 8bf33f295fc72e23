// The technology vocabulary: lookups by any spelling and by icon/badge slug, built from the packages.
import { describe, expect, it } from 'vitest';
import { HAND_ALIASES } from '../../../src/profiles/vocabulary/hand-aliases.js';
import { PLATFORMS } from '../../../src/profiles/vocabulary/platforms.js';
import {
  lookupTechnology,
  technologyFromSlug,
  vocabularySize,
} from '../../../src/profiles/vocabulary/tech-vocabulary.js';

const nameOf = (term: string) => lookupTechnology(term)?.name;

describe('lookupTechnology', () => {
  it('maps the aliases people write to one canonical name', () => {
    expect(['js', 'golang', 'k8s', 'postgres', 'reactjs', 'node', 'cpp', 'csharp'].map(nameOf)).toEqual([
      'JavaScript',
      'Go',
      'Kubernetes',
      'PostgreSQL',
      'React',
      'Node.js',
      'C++',
      'C#',
    ]);
  });

  it('ignores case, spaces, dots, hyphens and a trailing version', () => {
    expect(nameOf('NODE JS')).toBe('Node.js');
    expect(nameOf('vue-js')).toBe('Vue.js');
    expect(nameOf('Laravel 5.*')).toBe('Laravel');
    expect(nameOf('Python 3.12')).toBe('Python');
    expect(nameOf('ES2020')).toBeUndefined();
  });

  it('knows what only the packages know: linguist languages, simple-icons brands, devicon names', () => {
    expect(lookupTechnology('Fortran')?.kind).toBe('language');
    expect(nameOf('SQLAlchemy')).toBe('SQLAlchemy');
    expect(nameOf('Arch Linux')).toBe('Arch Linux');
  });

  it('marks contact and social sites as platforms, not skills', () => {
    for (const site of ['LinkedIn', 'Gmail', 'Spotify', 'twitter'])
      expect(lookupTechnology(site)?.kind).toBe('platform');
  });

  it('returns nothing for empty or overlong terms', () => {
    expect(lookupTechnology('')).toBeUndefined();
    expect(lookupTechnology('x'.repeat(200))).toBeUndefined();
  });
});

describe('technologyFromSlug', () => {
  it('reads simple-icons slugs as shields.io logo= and the simple-icons CDN use them', () => {
    const slugs = ['nodedotjs', 'cplusplus', 'csharp', 'amazonaws', 'postgresql', 'dotnet'];
    expect(slugs.map((s) => technologyFromSlug(s)?.name)).toEqual([
      'Node.js',
      'C++',
      'C#',
      'AWS',
      'PostgreSQL',
      '.NET',
    ]);
  });

  it('reads devicon folder names', () => {
    expect(technologyFromSlug('amazonwebservices')?.name).toBe('AWS');
    expect(technologyFromSlug('vuejs')?.name).toBe('Vue.js');
  });
});

describe('the generated technologies.json', () => {
  it('is current with the hand-written tables (run npm run vocab after editing them)', () => {
    for (const [name, aliases] of Object.entries(HAND_ALIASES)) {
      expect(nameOf(name)).toBe(name);
      for (const alias of aliases) expect(nameOf(alias), alias).toBe(name);
    }
    for (const name of Object.keys(PLATFORMS)) expect(lookupTechnology(name)?.kind, name).toBe('platform');
  });

  it('holds thousands of technologies from the three packages', () => {
    expect(vocabularySize().technologies).toBeGreaterThan(3000);
  });
});
