// Two technologies the packages name apart are never merged by an alias (Spring Boot is not Spring).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lookupTechnology } from '../../../src/profiles/vocabulary/tech-vocabulary.js';

// The packages' data files (devDependencies, hidden from their `exports` maps).
const packageJson = (file: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../../../node_modules', file), 'utf8'));
const nameOf = (term: string) => lookupTechnology(term)?.name;

describe('distinct technologies', () => {
  it('keeps a framework apart from the technology it is built on', () => {
    const pairs = [
      ['Spring Boot', 'Spring'],
      ['SvelteKit', 'Svelte'],
      ['React Native', 'React'],
      ['Next.js', 'React'],
      ['Nuxt', 'Vue.js'],
      ['Deno', 'Node.js'],
      ['Framer Motion', 'Framer'],
    ];
    for (const [a, b] of pairs) expect(nameOf(a!)).not.toBe(nameOf(b!));
    expect(nameOf('springboot')).toBe('Spring Boot');
    expect(nameOf('Spring Framework')).toBe('Spring');
  });

  it('keeps an older generation, a shell and an editor apart from their namesakes', () => {
    expect(nameOf('AngularJS')).toBe('AngularJS');
    expect(nameOf('Angular')).toBe('Angular');
    expect(nameOf('zsh')).toBe('Zsh');
    expect(nameOf('sh')).toBe('Shell');
    expect(nameOf('Emacs')).toBe('Emacs');
    expect(nameOf('elisp')).toBe('Emacs Lisp');
  });

  it('gives every simple-icons icon its own technology (renamed products aside)', () => {
    const icons = packageJson('simple-icons/data/simple-icons.json') as { title: string; slug: string }[];
    // The same product under two icon titles.
    const renamed = new Set(['Firefox Browser']);
    const merged = icons.filter((icon) => {
      const tech = lookupTechnology(icon.title);
      return !renamed.has(icon.title) && (!tech || (tech.slug !== icon.slug && tech.name !== icon.title));
    });
    expect(merged.map((i) => `${i.title} → ${nameOf(i.title)}`)).toEqual([]);
  });

  it('gives every devicon folder its own technology (spellings of one product aside)', () => {
    const icons = packageJson('devicon/devicon.json') as { name: string }[];
    const sameProduct = new Set(['dotnetcore', 'nuxtjs', 'vitejs']);
    const owner = new Map<string, string>();
    const shared: string[] = [];
    for (const { name } of icons) {
      const tech = nameOf(name);
      if (!tech || sameProduct.has(name)) continue;
      if (owner.has(tech)) shared.push(`${owner.get(tech)} + ${name} → ${tech}`);
      owner.set(tech, name);
    }
    expect(shared).toEqual([]);
  });
});
