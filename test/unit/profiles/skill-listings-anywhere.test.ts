// Skills listed in shapes outside a skills-named heading: category tables in any language or in HTML,
// "Label: a · b · c" lines, code-span tag rows, nested maps of a code bio, sentences of current use.
import { describe, expect, it } from 'vitest';
import { findTechMentions } from '../../../src/profiles/extract/tech-mentions.js';
import { statesEverydayUse } from '../../../src/profiles/extract/use-sentence.js';
import type { Skill } from '../../../src/profiles/model/profile.js';
import { parsed } from './extract-helpers.js';

const dir = 'test/fixtures/skill-listings';
const skillsOf = (file: string): Skill[] => parsed(`${dir}/${file}`).skills;
/** Names listed as skills (not only mentioned in prose). */
const listed = (file: string): string[] =>
  skillsOf(file)
    .filter((s) => s.source !== 'prose')
    .map((s) => s.name);
const all = (file: string): string[] => skillsOf(file).map((s) => s.name);

describe('a table of area | technologies rows is a skills table under any heading', () => {
  it('lists the rows of a Spanish "Ámbito | Tecnologías" table under a heading with no skills word', () => {
    expect(listed('valeria-ortiz.md')).toEqual(
      expect.arrayContaining([
        'Kotlin',
        'SQL',
        'Bash',
        'PostgreSQL',
        'Cassandra',
        'DuckDB',
        'Nomad',
        'Buildkite',
      ]),
    );
    const cassandra = skillsOf('valeria-ortiz.md').find((s) => s.name === 'Cassandra');
    expect(cassandra?.category).toBe('Datos');
  });

  it('reads no skill from a row of what the author is learning or a row of chat tools', () => {
    for (const name of ['Zig', 'Gleam', 'Slack', 'Zoom', 'Mattermost'])
      expect(all('valeria-ortiz.md')).not.toContain(name);
  });

  it('lists an HTML table of Category | Skills rows that stands right under the intro', () => {
    expect(listed('kofi-mensah.md')).toEqual(
      expect.arrayContaining(['C', 'Zig', 'MicroPython', 'RP2040', 'nRF9160', 'LoRa', 'NB-IoT']),
    );
  });

  it('reads no skill from a table whose first column is the employer', () => {
    for (const name of ['Angular', 'Oracle', 'MongoDB', 'React'])
      expect(all('kofi-mensah.md')).not.toContain(name);
  });
});

describe('"Label: a · b · c" lines list skills whatever stands around them', () => {
  it('lists each labelled line between prose paragraphs, with the label as its group', () => {
    expect(listed('ilse-brandt.md')).toEqual(
      expect.arrayContaining([
        'Playwright',
        'Cypress',
        'k6',
        'Pact',
        'TypeScript',
        'Go',
        'Bash',
        'Loki',
        'Sentry',
      ]),
    );
    expect(skillsOf('ilse-brandt.md').find((s) => s.name === 'Go')?.category).toBe('Code');
  });

  it('lists no past employer, learning line, value or spoken language from labelled lines', () => {
    for (const name of ['Netlify', 'Vercel', 'Supabase', 'Auth0', 'Scala'])
      expect(listed('ilse-brandt.md')).not.toContain(name);
    for (const name of ['Rust', 'Gleam', 'Roc', 'German', 'Portuguese'])
      expect(all('ilse-brandt.md')).not.toContain(name);
  });
});

describe('a paragraph of code-span tags is a row of skills', () => {
  it('lists the tags of a Stack paragraph made only of code spans', () => {
    expect(listed('valeria-ortiz.md')).toEqual(expect.arrayContaining(['Ktor', 'Gradle', 'Svelte', 'Caddy']));
  });

  it('reads nothing from a paragraph of code-span commands', () => {
    expect(all('valeria-ortiz.md').some((n) => /make|rebase|compose/i.test(n))).toBe(false);
  });
});

describe('sentences of current use list what they name', () => {
  it('lists "most of my glue code is X and Y" and "I like to build things with X"', () => {
    expect(listed('kofi-mensah.md')).toEqual(expect.arrayContaining(['Perl', 'Lua', 'Elixir']));
  });

  it('lists nothing from a wish to learn or a past use', () => {
    for (const name of ['Haskell', 'Delphi']) expect(listed('kofi-mensah.md')).not.toContain(name);
  });
});

describe('code bios: every array of a nested skill map is listed', () => {
  it('lists the items under keys nested in a technologies or databases map', () => {
    expect(listed('rafael-lima.md')).toEqual(
      expect.arrayContaining(['Express', 'Fastify', 'FastAPI', 'PostgreSQL', 'Redis']),
    );
  });

  it('lists nothing from a hobbies map, and no key that names no technology', () => {
    for (const name of ['Factorio', 'Celeste', 'inMemory', 'relational'])
      expect(all('rafael-lima.md')).not.toContain(name);
  });

  it('reads the badge spelling "postgre" as PostgreSQL', () => {
    const badge = skillsOf('rafael-lima.md').find((s) => s.source === 'badge' && s.name === 'PostgreSQL');
    expect(badge).toBeDefined();
    expect(all('rafael-lima.md')).not.toContain('postgre');
  });
});

describe('short names stay out of abbreviations', () => {
  it('reads no R from "R&D" and no C from "C&C"', () => {
    expect(all('valeria-ortiz.md')).not.toContain('R');
    expect(findTechMentions('Tools: R&D, C&C, Docker', true)).toEqual(['Docker']);
  });
});

describe('more sentences of everyday use', () => {
  it.each([
    'Most of my glue code is Bash and Python.',
    'My side projects are mostly Elixir.',
    'I like to build things with Docker, Python and TypeScript.',
    'I love working with Postgres.',
  ])('reads %j as stating use', (sentence) => {
    expect(statesEverydayUse(sentence)).toBe(true);
  });

  it.each([
    'My old projects are in PHP.',
    "I'd love to build things with Flutter.",
    'I like to write about Kubernetes.',
    'My code is on GitHub.',
  ])('reads %j as no statement of current use', (sentence) => {
    expect(statesEverydayUse(sentence)).toBe(false);
  });
});

describe('a labelled line of what the author uses most is a listing', () => {
  it('lists a lone "Most used:" or "Frequently used tools:" line between prose as skills, not prose mentions', () => {
    const listedHere = parsed('test/fixtures/extract/labelled-used-lines.md')
      .skills.filter((s) => s.source !== 'prose')
      .map((s) => s.name);
    expect(listedHere).toEqual(
      expect.arrayContaining(['Python', 'Go', 'PostgreSQL', 'Redis', 'Docker', 'Terraform', 'Ansible']),
    );
  });
});

describe('a run of labelled lines lists no past stack', () => {
  it('lists the current lines of a run but not its "Used before:" or "Past stack:" line', () => {
    const listedHere = parsed('test/fixtures/extract/past-tools-lines.md')
      .skills.filter((s) => s.source !== 'prose')
      .map((s) => s.name);
    expect(listedHere).toEqual(expect.arrayContaining(['Go', 'PostgreSQL', 'Kubernetes', 'Helm']));
    for (const name of ['Perl', 'Tcl', 'Subversion', 'CoffeeScript', 'Backbone.js', 'Grunt'])
      expect(listedHere).not.toContain(name);
  });
});

describe('the human languages someone speaks are not skills', () => {
  it('reads no skill from a "Spoken languages" or "Idiomas" section or from English and German under "Languages", yet still reads a "Languages" list of Go and Rust', () => {
    const names = parsed('test/fixtures/extract/spoken-languages.md').skills.map((s) => s.name);
    expect(names).not.toContain('Norwegian');
    expect(names.filter((n) => /english|german/i.test(n))).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(['Go', 'PostgreSQL', 'Kubernetes', 'Rust']));
  });
});
