// Reading what a profile states in passing: everyday-use sentences, nicknames and handles, and
// skills tables whose first column is a category.
import { describe, expect, it } from 'vitest';
import { isCategoryRow } from '../../../src/profiles/extract/category-row.js';
import { codeBioField } from '../../../src/profiles/extract/code-bio-field.js';
import { headingRole } from '../../../src/profiles/extract/heading-role.js';
import { statedAliases } from '../../../src/profiles/extract/stated-aliases.js';
import { statesEverydayUse } from '../../../src/profiles/extract/use-sentence.js';
import type { Contact } from '../../../src/profiles/model/profile.js';
import { parsed } from './extract-helpers.js';

describe('sentences of everyday use', () => {
  it.each([
    'Day to day I work with Terraform, AWS and Kubernetes.',
    'I write most of my glue in Python and Bash.',
    'At Brindle we mostly build with Go and Postgres.',
    'I use Neovim and tmux.',
    'My stack is Django, HTMX and SQLite.',
    'Trabajo con Vue.js y Laravel todos los días.',
  ])('reads %j as stating use', (sentence) => {
    expect(statesEverydayUse(sentence)).toBe(true);
  });

  it.each([
    "I don't work with PHP anymore.",
    'I used to write everything in Perl.',
    "I'd like to use Rust one day.",
    'I write about Kubernetes on my blog.',
    'Kubernetes is great.',
  ])('reads %j as no statement of current use', (sentence) => {
    expect(statesEverydayUse(sentence)).toBe(false);
  });

  it('lists the technologies of such a sentence and keeps the others as mentions', () => {
    const { skills } = parsed('test/fixtures/answer-classes/nika-holm.md');
    const source = (name: string) => skills.find((s) => s.name === name)?.source;
    expect(source('Terraform')).toBe('text');
    expect(source('Bash')).toBe('text');
    expect(source('PHP')).toBe('prose');
  });
});

const github = (value: string): Contact => ({
  kind: 'github',
  value,
  label: 'GitHub',
  visibility: 'public',
  line: 1,
});

describe('names stated besides the title', () => {
  it('reads aka, a.k.a. and "calls me" nicknames', () => {
    expect(statedAliases('# Hi, I am Teo (aka **tbyte**)', [], 'teo')).toEqual(['tbyte']);
    expect(statedAliases('Mira Lund, a.k.a. [quillcat][1]', [], null)).toEqual(['quillcat']);
    expect(statedAliases('Everyone at work just calls me Pixel.', [], null)).toEqual(['Pixel']);
  });

  it('reads a nickname after the cue of every language, in any case', () => {
    const cues = [
      'Call me',
      'calls me',
      'GOES BY',
      'go by',
      'nicknamed',
      'mais conhecida como',
      'Conocido como',
      'me chamam de',
      'pode me chamar de',
      'me dicen',
      'me llaman',
      'Llámame',
      "on m'appelle",
      'appelez-moi',
      'mi chiamano',
      'nennt mich',
      'nennen mich',
    ];
    for (const cue of cues) expect(statedAliases(`Hallo! ${cue} **Pixel**.`, [], null)).toEqual(['Pixel']);
  });

  it('reads no nickname from a link host, a title or "call me at"', () => {
    expect(
      statedAliases('See https://aka.ms/docs or call me at +1 555 0100. A.k.a. **Prof. Oak**', [], null),
    ).toEqual([]);
  });

  it("adds the author's one GitHub user name, unless it is the handle already or there are several", () => {
    expect(statedAliases('', [github('https://github.com/tbyte-dev')], 'teo-brandt')).toEqual(['tbyte-dev']);
    expect(statedAliases('', [github('https://github.com/teo-brandt')], 'teo-brandt')).toEqual([]);
    expect(
      statedAliases(
        '',
        [github('https://github.com/a-example'), github('https://github.com/b-example')],
        null,
      ),
    ).toEqual([]);
  });
});

describe('category rows of a skills table', () => {
  it('reads a short name beside a list as a category, whatever the header says', () => {
    expect(isCategoryRow(['Bereich', 'Technologien'], ['Sprachen', 'C, C++, Zig'])).toBe(true);
    expect(isCategoryRow(['Kategorie', 'Tools'], ['Embedded', 'FreeRTOS'])).toBe(true);
  });

  it('reads a skill beside its level or a list beside a note as no category', () => {
    expect(isCategoryRow(['Skill', 'Level'], ['Python', 'Advanced'])).toBe(false);
    expect(isCategoryRow(['Skills', 'Years'], ['Go, Rust', '5'])).toBe(false);
    expect(isCategoryRow(['Tech', 'Level', 'Years'], ['Docker', 'Compose, Swarm', '3'])).toBe(false);
  });
});

describe('a code-mode bio', () => {
  it('gives the role as the headline and the alias as another name', () => {
    const profile = parsed('test/fixtures/answer-classes/ines-varga.md');
    expect(profile.headline).toBe('Staff Platform Engineer');
    expect(profile.aliases).toContain('Nessa');
  });

  it('reads the field in YAML, Python and JavaScript shapes', () => {
    expect(codeBioField('name: A\nrole: "Tech Lead"', 'role')).toBe('Tech Lead');
    expect(codeBioField('        self.role = "Backend developer"', 'role')).toBe('Backend developer');
    expect(codeBioField("  title: 'Data engineer',", 'role')).toBe('Data engineer');
    expect(codeBioField('alias ll="ls -la"', 'alias')).toBeNull();
  });
});

describe('a code-block toolbox of "key : a, b, c" lines', () => {
  it('reads a line whose key is an ops word (mlops, gitops) as a list of skills', () => {
    const names = parsed('test/fixtures/answer-classes/lio-park.md').skills.map((s) => s.name);
    for (const name of ['MLflow', 'Docker', 'Polars', 'PyTorch']) expect(names).toContain(name);
  });
});

describe('a list of dated roles under any heading', () => {
  it('reads "**Role, Company** (years): description" bullets as jobs, the description left out of the employer', () => {
    const jobs = parsed('test/fixtures/answer-classes/lio-park.md').experience;
    expect(jobs.map((j) => [j.title, j.organization])).toEqual([
      ['Data Engineer', 'Quarry Labs'],
      ['Analyst', 'Tidepool Health'],
    ]);
  });
});

describe('a role after the name in the name heading', () => {
  it('is the headline, before the paragraph under it', () => {
    expect(parsed('test/fixtures/answer-classes/ravi-ostrand.md').headline).toBe('ML engineer');
  });

  it('is read only when the tail names a role', () => {
    expect(headingRole('Jane Doe | Staff SRE', 'Jane Doe')).toBe('Staff SRE');
    expect(headingRole('Jane Doe — welcome to my corner', 'Jane Doe')).toBeNull();
    expect(headingRole('Jane Doe / @jdoe', 'Jane Doe')).toBeNull();
  });
});
