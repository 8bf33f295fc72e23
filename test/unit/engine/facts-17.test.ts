// Person facts written as fields of a bio in code or JSON (test/fixtures/facts-17): spoken languages,
// what someone is learning, where they are, what they look for and their goals; and lists of projects
// under flags of several countries, or an "@ Employer" byline, which never say where someone lives.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderText } from '../../../src/render/text.js';
import { loadTestEngine, ROOT, type TestEngine } from './load-test-engine.js';

let t: TestEngine;
beforeAll(async () => {
  t = await loadTestEngine(join(ROOT, 'test/fixtures/facts-17'));
});

function answer(line: string): { kind: string; person: string | undefined; text: string } {
  const reply = t.ask(line);
  return { kind: reply.kind, person: reply.person?.id, text: renderText(reply) };
}

describe('person facts written as fields of a bio in code', () => {
  it.each([
    ['what languages does amara speak', 'amara-diallo', 'Wolof'],
    ['welche sprachen spricht amara', 'amara-diallo', 'Wolof'],
    ['what is amara learning', 'amara-diallo', 'eBPF'],
    ['where is amara based', 'amara-diallo', 'Dakar, Senegal'],
    ['where is jonas based', 'jonas-berg', 'Gothenburg, Sweden'],
    ['what is jonas looking for', 'jonas-berg', 'open_to_opportunities'],
    ["what are jonas's goals", 'jonas-berg', 'Lead a small data platform team'],
  ])('answers "%s" from the field that says it', (question, person, said) => {
    const reply = answer(question);
    expect(reply.person).toBe(person);
    expect(reply.text).toContain(said);
  });

  it('quotes a field that opens a list up to its close, and no further', () => {
    const text = answer('what are amara hobbies').text;
    expect(text).toContain('kora music');
    expect(text).not.toContain('say_hi');
  });

  it('quotes a spoken-languages field whose value is on its line alone', () => {
    const text = answer('what languages does amara speak').text;
    expect(text).not.toContain('currently_learning');
  });
});

describe('lines that never say where someone lives', () => {
  it.each([
    ['where is priya based', 'Kochi'],
    ['where is jonas from', 'Recife'],
  ])('"%s" is not answered with a project under a flag (%s)', (question, wrong) => {
    expect(answer(question).text).not.toContain(wrong);
  });

  it('never takes a byline part for a place because another part says "@ Employer"', () => {
    expect(answer('where is priya based').text).not.toMatch(/^Kubernetes Trainer$/m);
  });
});
