// Where skills stand when no skills heading says so: area headings nested under a projects heading by
// mistake, the cells of a layout table, a bare "Stack" heading, an area label over names the vocabulary
// does not know; and present use stated in other languages or under a projects heading.
import { describe, expect, it } from 'vitest';
import { findTechMentions } from '../../../src/profiles/extract/tech-mentions.js';
import { statesEverydayUse } from '../../../src/profiles/extract/use-sentence.js';
import { classifySection } from '../../../src/profiles/markdown/section-kinds.js';
import { parsed } from './extract-helpers.js';

const sourceOf = (path: string) => new Map(parsed(path).skills.map((s) => [s.name, s.source]));

describe('an area heading under a projects heading', () => {
  const skills = sourceOf('test/fixtures/extract/skill-areas-anywhere.md');

  it.each(['Angular', 'Astro', 'MariaDB', 'Heroku'])(
    'lists %s from a badge wall under "### Frameworks" or "### Databases & Cloud Hosting"',
    (name) => {
      expect(skills.get(name)).toBe('badge');
    },
  );

  it('keeps a project category ("### Web" over repository links) and a repository heading out', () => {
    expect(skills.has('Svelte')).toBe(false);
    expect(skills.has('Elixir')).toBe(false);
  });

  it('lists a technology from a sentence of present use under "## Open source"', () => {
    expect(skills.get('Clojure')).toBe('text');
  });
});

describe('an area label or a bare "Stack" heading over names the vocabulary does not know', () => {
  const skills = sourceOf('test/fixtures/extract/skill-areas-anywhere.md');

  it.each(['Zephyr', 'Mynewt', 'Tock', 'Buildroot'])('lists %s under "## Stack"', (name) => {
    expect(skills.get(name)).toBe('text');
  });

  it.each(['Hubris', 'Drogue', 'Ariel OS', 'Saleae Logic'])(
    'lists %s after "Embedded:" or "Hardware:"',
    (name) => {
      expect(skills.get(name)).toBe('text');
    },
  );

  it.each(['Singleton', 'Factory', 'Observer', 'Dune', 'Neuromancer'])(
    'does not list %s after a label that is no area',
    (name) => {
      expect(skills.has(name)).toBe(false);
    },
  );

  it('lists nothing from the titles under a Korean "tech articles" heading', () => {
    expect(skills.has('NestJS')).toBe(false);
    expect(skills.has('Vue.js')).toBe(false);
    expect(classifySection('기술 아티클')).not.toBe('skills');
  });

  it('reads "Stack" and "Framework" alone as skills headings, a tagline with "Full Stack" not', () => {
    expect(classifySection('Stack')).toBe('skills');
    expect(classifySection('Framework')).toBe('skills');
    expect(classifySection('Full Stack Developer at heart')).not.toBe('skills');
  });
});

describe('a layout table of cells with their own headings', () => {
  const skills = sourceOf('test/fixtures/extract/skill-layout-table.md');

  it.each(['Python', 'R', 'SQL', 'Pandas', 'dbt', 'Airflow', 'Snowflake', 'BigQuery'])(
    'lists %s from the "Stack" cell\'s own table',
    (name) => {
      expect(skills.get(name)).toBe('table');
    },
  );

  it('still reads a table of icon cells as a grid', () => {
    expect(skills.get('Go')).toBe('table');
    expect(skills.get('Rust')).toBe('table');
  });
});

describe('present use in other words and other languages', () => {
  const skills = sourceOf('test/fixtures/extract/skill-statements-languages.md');

  it.each([
    'MySQL',
    'RabbitMQ',
    'Terraform',
    'Ansible',
    'Kotlin',
    'Elixir',
    'C',
    'Lua',
    'Gleam',
    'Zig',
    'Haskell',
    'Nix',
  ])('lists %s', (name) => {
    expect(skills.get(name)).toBe('text');
  });

  it.each([
    'Possuo conhecimento em MySQL e Redis.',
    'Tengo experiencia con Go.',
    "J'ai une solide expérience avec Kotlin.",
    'Ich habe Erfahrung mit Elixir.',
    'Ho esperienza con Django.',
    'Most of my side projects are in Rust.',
    'I mostly write Go.',
    '💬 Ask me about Rust and WebAssembly',
    'Mi especialidad es el desarrollo con Angular.',
    'I work on Go, Python and React.',
    'For the statistics side I still reach for R and the tidyverse.',
    '🌱 My passions are @reactjs and @nextjs in front-end environments',
    '- **Stack:** Python (FastAPI), Gemini API e Flutter.',
    'Built with: Go and Postgres',
  ])('reads %j as stating use', (sentence) => {
    expect(statesEverydayUse(sentence)).toBe(true);
  });

  it('reads GitHub org handles of technologies ("@reactjs", "@golang") named as passions as stated use', () => {
    expect(skills.get('React')).toBe('text');
    expect(skills.get('Go')).toBe('text');
    expect(findTechMentions('I work mostly with @golang and @kubernetes')).toEqual(['Go', 'Kubernetes']);
  });

  it.each(['My stack was PHP', "I don't reach for R anymore", 'Stack Overflow: answers about Go'])(
    'reads %j as no statement of use',
    (sentence) => {
      expect(statesEverydayUse(sentence)).toBe(false);
    },
  );

  it('reads a one-letter language after "reach for" as named', () => {
    expect(findTechMentions('I still reach for R, mostly for plots')).toEqual(['R']);
  });

  it('reads "DM" and "Net/Sec" as no technology', () => {
    expect(skills.has('DM')).toBe(false);
    expect(skills.has('.NET')).toBe(false);
    expect(findTechMentions('I build on .NET and C#')).toEqual(['.NET', 'C#']);
  });
});
