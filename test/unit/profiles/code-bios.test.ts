// Profiles written as code (a TS object, a Python class, a Go struct, Java calls, a Rust struct, a YAML
// card, Ruby hashes, a finger card): one general reader gives their name, role, employers and skills, and
// a project's sample code gives none.
import { describe, expect, it } from 'vitest';
import { codeBioField } from '../../../src/profiles/extract/code-bio-field.js';
import { codeBioLines } from '../../../src/profiles/extract/code-bio-lines.js';
import { bioKind } from '../../../src/profiles/extract/read-code-bio.js';
import { parsed } from './extract-helpers.js';

const fixture = (file: string) => parsed(`test/fixtures/code-bios/${file}`);
const jobs = (file: string) => fixture(file).experience.map((e) => [e.title, e.organization, e.period]);
const skills = (file: string) => fixture(file).skills.map((s) => s.name);

describe('code-mode bios', () => {
  it.each([
    ['python-class.md', 'Tomas Ferreira'],
    ['go-struct.md', 'Ilse Varga'],
    ['yaml-records.md', 'Wren Okafor'],
    ['ruby-hashes.md', 'Benedikt Sauer'],
    ['finger-card.md', 'Amara Quist'],
    ['java-calls.md', 'Orla Brennan'],
    ['kotlin-object.md', 'Sunniva Dahl'],
  ])('reads the name %s states as %j', (file, name) => {
    expect(fixture(file).name).toBe(name);
  });

  it('reads employers with their role and time from keys, records and calls', () => {
    expect(jobs('ts-object.md')).toEqual([['Staff Frontend Engineer', 'Fernhill Labs', null]]);
    expect(jobs('yaml-records.md')).toEqual([
      ['Site Reliability Engineer', 'Brightmoor', '2021 - now'],
      ['Systems Engineer', 'Calder Freight', '2017 - 2021'],
    ]);
    expect(jobs('ruby-hashes.md')).toEqual([
      ['Rails Developer', 'Harbor & Finch', '2020'],
      ['Intern', 'Mosswood', '2018'],
    ]);
    expect(jobs('java-calls.md')).toEqual([[null, 'Quillstone', '2019 - 2023']]);
  });

  it('reads skills from calls, Rust String::from lists and lists nested under a skill key', () => {
    expect(skills('java-calls.md')).toEqual(['Java', 'Kotlin', 'Spring Boot']);
    expect(skills('rust-struct.md')).toEqual(['Rust', 'Java']);
    expect(skills('yaml-records.md')).toEqual(expect.arrayContaining(['Docker', 'Kubernetes', 'AWS']));
    // Kotlin's `"DevOps" to listOf(…)` names a group, and what is being learned is no skill yet.
    expect(skills('kotlin-object.md')).toEqual(['Kotlin', 'Java', 'Docker', 'Gradle']);
  });

  it('reads a role only from a value, never from a variable a constructor assigns', () => {
    expect(fixture('python-class.md').headline).toBe('Backend Engineer');
    expect(
      codeBioField('class Dev:\n    def __init__(self, role):\n        self.role = role\n', 'role'),
    ).toBeNull();
    expect(fixture('finger-card.md').headline).toBe('Data Engineer');
  });

  it("gives nothing from a project's sample code that happens to use bio keys", () => {
    const profile = fixture('not-a-bio.md');
    expect(profile.experience).toEqual([]);
    expect(profile.nameSource).toBe('handle');
  });

  it('scans keys, values, paths and records in any of the common spellings', () => {
    const entries = codeBioLines(
      [
        'const me = {',
        '  "full_name": "Ana Ruiz",',
        '  work: {',
        '    Acme: { position: "Engineer", since: "2020" },',
        '  },',
        '}',
        'self.nickname = nickname',
        'Login: ana                    Name: Ana Ruiz',
      ].join('\n'),
    );
    const pick = (key: string) =>
      entries.filter((e) => e.key === key).map((e) => [e.path.join('/'), e.values]);
    expect(pick('full_name')).toEqual([['me', ['Ana Ruiz']]]);
    expect(pick('position')).toEqual([['me/work/Acme', ['Engineer']]]);
    expect(pick('nickname')).toEqual([['', []]]);
    expect(pick('Login')).toEqual([['', ['ana']]]);
    expect(bioKind('currentCompany')).toBe('company');
    expect(bioKind('nombre')).toBe('name');
    expect(bioKind('favoriteFood')).toBeNull();
  });

  it('stays bounded on a huge block', () => {
    const block = `const me = {\n${'  name: "x",\n'.repeat(50_000)}}`;
    const started = performance.now();
    expect(codeBioLines(block).length).toBeLessThanOrEqual(200);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('scans a block once for the readers of one file, and another block for itself', () => {
    const bio = 'name: "Ana Ruiz"\nrole: "Backend engineer"';
    const other = 'name: "Bo Lindqvist"';
    const first = codeBioLines(bio);
    expect(codeBioLines(other)).not.toBe(first);
    expect(codeBioLines(`${bio}`)).toBe(first);
    expect(first.map((e) => [e.key, e.values])).toEqual([
      ['name', ['Ana Ruiz']],
      ['role', ['Backend engineer']],
    ]);
  });
});
