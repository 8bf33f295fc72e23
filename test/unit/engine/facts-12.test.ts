// Person facts read where template READMEs put them (test/fixtures/facts-12): a column of a "What I'm
// Up To" table, the "looking to collaborate on" and "looking for help with" lines, spare-time lines,
// and where someone comes from as against where they live.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderText } from '../../../src/render/text.js';
import { loadTestEngine, ROOT, type TestEngine } from './load-test-engine.js';

let t: TestEngine;
beforeAll(async () => {
  t = await loadTestEngine(join(ROOT, 'test/fixtures/facts-12'));
});

function answer(line: string): { kind: string; person: string | undefined; text: string } {
  const reply = t.ask(line);
  return { kind: reply.kind, person: reply.person?.id, text: renderText(reply) };
}

describe('facts a template README states about someone', () => {
  it.each([
    ['what is marta learning', 'Rust for command-line tools'],
    ['what is marta working on', 'Ledger reconciliation jobs'],
    ['what does marta want to collaborate on', 'accessibility tooling'],
    ['what does marta need help with', 'Gradle plugins'],
    ['what does marta do in her spare time', 'film cameras'],
    ['where is marta from', 'Tartu'],
    ['where did marta grow up', 'Tartu'],
    ['where is marta based', 'Rotterdam'],
  ])('answers "%s" with the line or column that says it', (question, said) => {
    const reply = answer(question);
    expect(reply.kind).toBe('section');
    expect(reply.person).toBe('marta-lindqvist');
    expect(reply.text).toContain(said);
  });

  it('reads one column of a table whose header names the fact, not the other columns', () => {
    const reply = answer('what is marta learning');
    expect(reply.text).toContain('Property-based testing');
    expect(reply.text).not.toContain('Ledger reconciliation');
    expect(reply.text).not.toContain('2026 Goals');
  });

  it('never answers with a heading over nothing but pictures', () => {
    expect(answer('what is marta working on').text).not.toContain('This section is empty');
  });
});
