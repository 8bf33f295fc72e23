// Chat wordings around a skill: a word of chat after it ("too", "as well") or before the verb ("also"), a
// thing to be made with it ("a react site", "build me a react app"), a greeting in another language
// before the question ("hola!", "привет!"), and the asker's place after a description ("… person here").
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderText } from '../../../src/render/text.js';
import { expectKind, loadTestEngine, ROOT, type TestEngine } from './load-test-engine.js';

let t: TestEngine;
beforeAll(async () => {
  t = await loadTestEngine(join(ROOT, 'test/fixtures/first-week'));
});

const holders = (question: string) =>
  expectKind(t.ask(question), 'whoknows')
    .data.matches.map((m) => m.personId)
    .sort();

describe('chat wordings around a skill', () => {
  it.each([['does hanna do rust too?'], ['does hanna know rust as well?'], ['does hanna also know rust?']])(
    'reads “%s” as does hanna know Rust',
    (question) => {
      const reply = expectKind(t.ask(question), 'whoknows');
      expect(reply.person?.id).toBe('hanna-vogel');
      expect(renderText(reply)).toMatch(/^Does Hanna Vogel know Rust\?/);
    },
  );

  it.each([
    ['who could help me with a react site?'],
    ['who can build me a react app'],
    ['could someone make us a react website?'],
  ])('reads “%s” as who knows React: the thing made with it is no part of the skill', (question) => {
    expect(holders(question)).toEqual(['elif-kaya']);
  });

  it.each([['hola! alguien sabe rust?'], ['привет! кто знает rust?'], ['bonjour, qui connaît rust ?']])(
    'drops the greeting of “%s” and reads who knows Rust',
    (question) => {
      expect(holders(question)).toEqual(['hanna-vogel', 'marta-ruiz']);
    },
  );

  it('reads “¿cuál es el portafolio de hanna?” as how to reach Hanna', () => {
    expect(expectKind(t.ask('¿cuál es el portafolio de hanna?'), 'contact').person?.id).toBe('hanna-vogel');
  });

  it('reads “who’s the react person here?” as the React person, never as a name', () => {
    expect(t.ask("who's the react person here?").person?.id).toBe('elif-kaya');
  });
});
