// Person facts with no slot of their own (test/fixtures/facts-11): what someone is looking for, what they
// published or won, where they volunteer; and a JSON Resume's volunteer list and address-only location.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderText } from '../../../src/render/text.js';
import { loadTestEngine, ROOT, type TestEngine } from './load-test-engine.js';

let t: TestEngine;
beforeAll(async () => {
  t = await loadTestEngine(join(ROOT, 'test/fixtures/facts-11'));
});

function answer(line: string): { kind: string; person: string | undefined; text: string } {
  const reply = t.ask(line);
  return { kind: reply.kind, person: reply.person?.id, text: renderText(reply) };
}

describe('facts asked about a named person that no section slot holds', () => {
  it.each([
    ['what is priya looking for', 'priya-raman', 'embedded firmware internships'],
    ['what is jonas looking for', 'jonas-keller', 'Site Reliability'],
    ['what has jonas published', 'jonas-keller', 'Backpressure without tears'],
    ['what has nadia published', 'nadia-ferreira', 'Idempotent Consumers in Practice'],
    ['what did priya win', 'priya-raman', 'Smart India Hackathon'],
    ['what awards has nadia won', 'nadia-ferreira', 'Best Talk'],
    ['does priya volunteer', 'priya-raman', 'soldering'],
    ['where does nadia volunteer', 'nadia-ferreira', 'Code Club Porto Alegre'],
  ])('answers "%s" about %s with the line that says it', (question, person, said) => {
    const reply = answer(question);
    expect(reply.kind).toBe('section');
    expect(reply.person).toBe(person);
    expect(reply.text).toContain(said);
  });
});

describe('a JSON Resume volunteer list', () => {
  it('is its own section, never counted among the jobs', () => {
    const reply = answer('where has nadia worked');
    expect(reply.text).toContain('Quarry Labs');
    expect(reply.text).not.toContain('Code Club');
  });
});
