import { describe, expect, it } from 'vitest';
import { parsed } from './extract-helpers.js';

const skills = () =>
  parsed('test/fixtures/real-patterns/skills-not-from-listings.md').skills.map((s) => s.name);

describe('skills are not read from what the author published or built', () => {
  it('still reads the technologies the author states in prose', () => {
    expect(skills()).toEqual(expect.arrayContaining(['Go', 'Rust']));
  });

  it('still reads a grid whose cells are long comma lists of technologies', () => {
    expect(skills()).toEqual(expect.arrayContaining(['CloudFront', 'Pandas', 'Debian']));
  });

  it('reads no skill from a table of video titles', () => {
    for (const title of ['PostgreSQL', 'Claude', 'Kotlin']) expect(skills()).not.toContain(title);
  });

  it('reads no skill from the description after a linked repository in a list', () => {
    for (const described of ['Vim', 'SQL', 'Elixir']) expect(skills()).not.toContain(described);
  });

  it('reads no skill from a link the author presents as their own project ("creator of", "maintainer of")', () => {
    expect(skills()).not.toContain('Svelte');
    expect(skills()).not.toContain('Deno');
  });
});
