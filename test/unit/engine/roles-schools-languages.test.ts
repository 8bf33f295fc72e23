// Role groups and school questions over profiles written in other languages: a Spanish or Portuguese
// "About me" bullet, a Japanese job title, a school named in Russian or Portuguese.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { schoolWords } from '../../../src/engine/school-people.js';
import { expectKind, loadTestEngine, ROOT, type TestEngine } from './load-test-engine.js';

let t: TestEngine;
beforeAll(async () => {
  t = await loadTestEngine(join(ROOT, 'test/fixtures/place-15'));
});

const listed = (line: string) =>
  (expectKind(t.ask(line), 'people').data.people ?? []).map((p) => p.personId).sort();

describe('role groups in other languages', () => {
  it('reads an opening bullet that says someone is a student ("Estudiante de …", "Estudante de …")', () => {
    expect(listed('who are the students')).toEqual(['rafael-souza', 'valeria-ortiz']);
  });

  it('reads テックリード as a tech lead and 代表取締役 as running their own company', () => {
    expect(listed('who is a tech lead')).toEqual(['kenji-mori']);
    expect(listed('who runs their own company')).toEqual(['kenji-mori']);
  });
});

describe('schools named in other languages', () => {
  it('finds "Universidade de Brasília" for "the university of brasilia"', () => {
    expect(listed('who studies at the university of brasilia')).toEqual(['rafael-souza']);
  });

  it("says a school's words in English and leaves articles out", () => {
    expect(schoolWords('Школа 21, Москва')).toBe('school 21 москва');
    expect(schoolWords('the Universidad de Guanajuato')).toBe('university of guanajuato');
  });
});

describe('role groups read what someone is now', () => {
  it('never reads a past job of an experience list as a title ("UX Engineer at Google (2019–2022)")', async () => {
    const firstWeek = await loadTestEngine(join(ROOT, 'test/fixtures/first-week'));
    const people = expectKind(firstWeek.ask('do we have a designer'), 'people').data.people ?? [];
    expect(people.map((p) => p.personId)).toEqual(['yusuf-demir']);
  });
});
