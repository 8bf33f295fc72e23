// Work-history questions as team members ask them, over made-up French, Portuguese and Korean résumés:
// the job before another, what someone built at a company, where they worked in a town, and the same asked
// in Spanish, Portuguese, French, German and Korean.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderText } from '../../../src/render/text.js';
import { loadTestEngine, ROOT, type TestEngine } from './load-test-engine.js';

let t: TestEngine;
beforeAll(async () => {
  t = await loadTestEngine(join(ROOT, 'test/fixtures/experience-16'));
});

describe('questions over the listed jobs', () => {
  it.each([
    ["lucie's job before maison verlaine", 'lucie-fontaine', 'Cabinet Orlane'],
    ['what did rafael build at grão digital', 'rafael-teixeira', 'Kotlin'],
    ['when did lucie work in grenoble', 'lucie-fontaine', 'Juin 2018'],
    ['how long was rafael at cooperativa vale norte', 'rafael-teixeira', '2 anos e 5 meses'],
  ])('answers "%s" from the jobs', (line, id, said) => {
    const reply = t.ask(line);
    expect(reply.kind).toBe('experience');
    expect(reply.person?.id).toBe(id);
    expect(renderText(reply)).toContain(said);
  });

  it('leaves "what does X do for fun" to the hobby rules', () => {
    expect(t.ask('what does lucie do for fun').kind).not.toBe('experience');
  });
});

describe('where someone worked before, asked in other languages', () => {
  it.each([
    ['¿dónde trabajó rafael antes?', 'rafael-teixeira'],
    ['qual é a empresa do rafael?', 'rafael-teixeira'],
    ['lucie a travaillé où avant ?', 'lucie-fontaine'],
    ['dans quelle entreprise travaille lucie ?', 'lucie-fontaine'],
    ['wo hat minji vorher gearbeitet', 'minji-han'],
    ['minji 이전 회사가 어디예요?', 'minji-han'],
  ])('answers "%s" with their jobs', (line, id) => {
    const reply = t.ask(line);
    expect(reply.kind).toBe('experience');
    expect(reply.person?.id).toBe(id);
  });
});
