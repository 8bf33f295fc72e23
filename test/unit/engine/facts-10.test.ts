// Person facts and experience read where real READMEs put them (test/fixtures/facts-10): a tagline under
// an opening name heading or in an opening role heading, a code bio's role, an employer after "years of
// experience doing …", dates of one employer, years and ages in other languages, and questions asked in
// Spanish, Portuguese and German.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseProfile } from '../../../src/profiles/parse-profile.js';
import { renderText } from '../../../src/render/text.js';
import { loadTestEngine, ROOT, type TestEngine } from './load-test-engine.js';

const FOLDER = join(ROOT, 'test/fixtures/facts-10');
let t: TestEngine;
beforeAll(async () => {
  t = await loadTestEngine(FOLDER);
});

function answer(line: string): { kind: string; person: string | undefined; text: string } {
  const reply = t.ask(line);
  return { kind: reply.kind, person: reply.person?.id, text: renderText(reply) };
}

function headline(file: string): string | null {
  const parsed = parseProfile(readFileSync(join(FOLDER, file)), file);
  if (!parsed.ok) throw new Error(parsed.rejected.reason);
  return parsed.profile.headline;
}

describe('the headline of a profile whose name is only stated in prose', () => {
  it.each([
    ['lucas-teixeira.md', 'Desenvolvedor Back-end'],
    ['mira-okafor.md', 'Senior Data Platform Engineer'],
    ['hana-kovac.md', 'Mobile Developer'],
  ])('reads the tagline of %s as "%s"', (file, said) => {
    expect(headline(file)).toBe(said);
  });

  it('never takes a section heading such as "About Me" for a tagline', () => {
    expect(headline('tariq-nasser.md')).not.toBe('About Me');
  });

  it.each([
    ['what does lucas do', 'Desenvolvedor Back-end'],
    ['what does mira do', 'Senior Data Platform Engineer'],
    ['what does hana do', 'Mobile Developer'],
  ])('answers "%s" with the role, not "no headline"', (line, said) => {
    const reply = answer(line);
    expect(reply.text).toContain(said);
    expect(reply.text).not.toContain('has no headline');
  });
});

describe('experience stated in prose and asked about one employer', () => {
  it('reads an employer after "years of experience protecting … and … at X"', () => {
    expect(answer('where does tariq work').text).toContain('Crescent Bank Holdings');
  });

  it.each([
    ['when did tariq join falcon telecom', '2016 – 2019'],
    ['how long was tariq at dunes logistics', '2013 – 2016'],
  ])('answers "%s" with the entry and its dates', (line, said) => {
    const reply = answer(line);
    expect(reply.kind).toBe('experience');
    expect(reply.text).toContain(said);
  });

  it('answers "how many years has X worked in security" from the years-of-experience line', () => {
    expect(answer('how many years has tariq worked in security').text).toContain('4+ years');
  });
});

describe('years, ages and studies written in other languages', () => {
  it.each(['how long has oleg been doing backend', 'how many years of experience does oleg have'])(
    'reads "Более 12 лет в бэкенд-разработке" for "%s"',
    (line) => {
      expect(answer(line).text).toContain('12 лет');
    },
  );

  it('answers an age from "tenho 23 anos" and says plainly when no age is written', () => {
    expect(answer('how old is lucas').text).toContain('23 anos');
    const none = answer('how old is mira');
    expect(none.kind).toBe('not_found');
    expect(none.text).toContain("doesn't say anything about age");
  });

  it('answers where someone studies from "estou cursando … na Universidade"', () => {
    expect(answer('where does lucas study').text).toContain('Universidade Federal do Ceará');
  });
});

describe('questions about one person asked in other languages', () => {
  it.each([
    ['¿qué hace mira?', 'mira-okafor', 'Senior Data Platform Engineer'],
    ['que estuda o lucas?', 'lucas-teixeira', 'Ciência da Computação'],
    ['onde o lucas estuda?', 'lucas-teixeira', 'Ciência da Computação'],
    ['wo wohnt oleg?', 'oleg-petrov', 'Казани'],
    ['oleg ist aus welchem land?', 'oleg-petrov', 'Казани'],
    ['¿dónde ha trabajado tariq?', 'tariq-nasser', 'Falcon Telecom'],
  ])('answers "%s" about the person asked', (line, person, said) => {
    const reply = answer(line);
    expect(reply.person).toBe(person);
    expect(reply.text).toContain(said);
  });
});
