// Person facts asked as yes/no and chat questions (test/fixtures/facts-16): "is X a student", "is X on
// mastodon", "what's X's deal", birthdays, how well someone speaks a language, and facts written in
// Japanese, Russian, Portuguese and French prose or asked in those languages.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderText } from '../../../src/render/text.js';
import { loadTestEngine, ROOT, type TestEngine } from './load-test-engine.js';

let t: TestEngine;
beforeAll(async () => {
  t = await loadTestEngine(join(ROOT, 'test/fixtures/facts-16'));
});

function answer(line: string): { kind: string; person: string | undefined; text: string } {
  const reply = t.ask(line);
  return { kind: reply.kind, person: reply.person?.id, text: renderText(reply) };
}

describe('person facts asked as yes/no and chat questions', () => {
  it.each([
    ['is lina a student', 'lina-okafor', 'University of Lagos'],
    ['is remi a student', 'remi-durand', 'Apprenti ingénieur'],
    ['is lina on mastodon', 'lina-okafor', 'hachyderm.io/@lina'],
    ['does lina have a blog', 'lina-okafor', 'lina.dev/blog'],
    ["what's lina's deal", 'lina-okafor', 'Tidepool Labs'],
    ["what's the deal with remi", 'remi-durand', 'Thales'],
    ["what does lina's company do", 'lina-okafor', 'billing APIs'],
    ["when is lina's birthday", 'lina-okafor', '14 March'],
    ["how good is lina's french", 'lina-okafor', 'French (intermediate)'],
    ['quels sont les pronoms de lina ?', 'lina-okafor', 'she/her'],
    ['wo kommt lina her?', 'lina-okafor', 'Lagos'],
    ['what is remi into', 'remi-durand', 'systèmes embarqués'],
  ])('answers "%s" from the line that says it', (question, person, said) => {
    const reply = answer(question);
    expect(reply.person).toBe(person);
    expect(reply.text).toContain(said);
  });

  it.each([
    ['where is kenji from', '札幌市出身'],
    ['how old is kenji', '34歳'],
    ['how long has kenji been programming', 'エンジニア歴８年'],
    ['when was kenji born', '1990年生まれ'],
    ['what does kenji like', '登山'],
  ])(
    'reads "%s" from Japanese prose (出身, 歳, 歴 with full-width digits, 生まれ, 好き)',
    (question, said) => {
      const reply = answer(question);
      expect(reply.person).toBe('kenji-mori');
      expect(reply.text).toContain(said);
    },
  );

  it.each([
    ["how good is oleg's english", 'upper-intermediate'],
    ['сколько лет опыта у oleg?', '5 лет опыта'],
    ['how many years of experience does oleg have', '5 лет опыта'],
  ])('reads "%s" from a Russian résumé (a Языки heading, years of опыт)', (question, said) => {
    const reply = answer(question);
    expect(reply.person).toBe('oleg-petrov');
    expect(reply.text).toContain(said);
  });

  it('never takes an opening "Sobre" heading for the name, and reads years asked in Portuguese', () => {
    expect(answer('who is bruna').text).not.toMatch(/^Sobre/);
    const reply = answer('quanto tempo de experiência a bruna tem?');
    expect(reply.person).toBe('bruna-lima');
    expect(reply.text).toContain('há 6 anos');
  });

  it('says plainly when the profile gives no birthday', () => {
    const reply = answer("when is remi's birthday");
    expect(reply.kind).toBe('not_found');
    expect(reply.text).toContain('Rémi Durand');
  });
});
