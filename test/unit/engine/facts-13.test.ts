// Person facts on fresh résumé shapes (test/fixtures/facts-13): a "Currently Learning:" label inside a
// 🌱 section, a study place that is not where someone is from, JSON Resume study years, and the German
// and Spanish wordings of "where did X study" and "what is X learning".
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderText } from '../../../src/render/text.js';
import { loadTestEngine, ROOT, type TestEngine } from './load-test-engine.js';

let t: TestEngine;
beforeAll(async () => {
  t = await loadTestEngine(join(ROOT, 'test/fixtures/facts-13'));
});

function answer(line: string): { kind: string; person: string | undefined; text: string } {
  const reply = t.ask(line);
  return { kind: reply.kind, person: reply.person?.id, text: renderText(reply) };
}

describe('person facts on fresh résumé shapes', () => {
  it('answers what someone is learning with the line labelled "Currently Learning", not the 🌱 section\'s first line', () => {
    const reply = answer('what is teodor learning');
    expect(reply.person).toBe('teodor-vasilescu');
    expect(reply.text).toContain('OCaml');
    expect(reply.text).not.toContain('Core Interests');
  });

  it('never reads the place someone studied at as where they are based', () => {
    const reply = answer('where is nadia based');
    expect(reply.person).toBe('nadia-rahimi');
    // Only the headline is offered, said to be one, never the study line as the answer.
    expect(reply.text).toContain("doesn't say it in a sentence");
  });

  it.each([
    ['when did oren graduate', '2015 – 2019'],
    ['where did oren study', 'Kinneret College'],
    ['wo hat oren studiert', 'Kinneret College'],
  ])('answers "%s" from a JSON Resume education list with its years', (question, said) => {
    const reply = answer(question);
    expect(reply.person).toBe('oren-galdi');
    expect(reply.text).toContain(said);
  });

  it('says a course with no end date is ongoing from its start year', () => {
    expect(answer('when did oren graduate').text).toContain(
      'Stream Processing, Open Data Academy, from 2023',
    );
  });

  it.each([
    ['was lernt teodor gerade', 'OCaml'],
    ['¿qué está aprendiendo teodor?', 'OCaml'],
  ])('answers "%s" as what they are learning', (question, said) => {
    const reply = answer(question);
    expect(reply.person).toBe('teodor-vasilescu');
    expect(reply.text).toContain(said);
  });
});
