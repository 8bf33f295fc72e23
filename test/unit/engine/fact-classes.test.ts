// Person facts with no slot of their own (talks, pronouns, books, podcast, games, fun fact, birthplace,
// interests, "ask me about"), facts in unusual places (an <h3> subtitle, a prose sentence, an opening
// tagline) and filler around a name, over made-up profiles.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderText } from '../../../src/render/text.js';
import { loadTestEngine, ROOT, type TestEngine } from './load-test-engine.js';

let t: TestEngine;
beforeAll(async () => {
  t = await loadTestEngine(join(ROOT, 'test/fixtures/fact-classes'));
});

/** The answer's person and its plain text. */
function answer(line: string): { kind: string; person: string | undefined; text: string } {
  const reply = t.ask(line);
  return { kind: reply.kind, person: reply.person?.id, text: renderText(reply) };
}

describe('a fact with no slot, asked with the name inside the question', () => {
  it.each([
    ['did rafael give any talks', 'Incremental parsing for humans'],
    ['has tove spoken at conferences', 'NordicOps 2022'],
    ['what podcast does rafael have', 'Compilando'],
    ['what books did rafael write', 'Parsers by Hand'],
    ['where was rafael born', 'Olinda'],
    ['what pronouns does rafael use', 'he/him'],
    ['what games has rafael made', 'Maré Alta'],
    ['what is rafael interested in', 'Effect systems'],
    ["what's oona curious about", 'generative typography'],
    ['what does tove like to talk about', 'canary releases'],
    ["tove's fun fact", 'Vasaloppet'],
  ])('answers "%s" from the heading or line that states it', (line, said) => {
    const reply = answer(line);
    expect(reply.person).toBe(
      line.includes('tove') ? 'tove-lindqvist' : line.includes('oona') ? 'oona-virtanen' : 'rafael-moura',
    );
    expect(reply.text).toContain(said);
  });

  it('answers with the heading section over an earlier line that only mentions the word', () => {
    // The tagline says "game" nowhere, the "Jogos" heading is the games; the podcast line is not a talk.
    expect(answer('what games has rafael made').text).toContain('Jogos');
    expect(answer('did rafael give any talks').text).not.toContain('Compilando');
  });

  it('says the profile has no such section rather than guessing, when nothing states the fact', () => {
    const reply = answer('what podcast does oona have');
    expect(reply.person).toBe('oona-virtanen');
    expect(reply.kind).not.toBe('search');
    expect(reply.text).not.toContain('Compilando');
  });

  it('reads "what is X" with nothing else asked as their profile', () => {
    const reply = answer('what is oona');
    expect(reply.kind).toBe('profile');
    expect(reply.person).toBe('oona-virtanen');
  });
});

describe('what someone is studying right now', () => {
  it('answers from the learning section (here in Portuguese), never as a who-knows of "now"', () => {
    const reply = answer('what is rafael studying right now');
    expect(reply.kind).toBe('section');
    expect(reply.text).toContain('Lean 4');
  });

  it('never turns a question about a named person into a who-knows of its other words', () => {
    expect(answer('what is rafael studying right now lol').kind).not.toBe('whoknows');
  });
});

describe('facts in unusual places', () => {
  it('reads where someone is based from a centred <h3> subtitle ("…, now in Rotterdam")', () => {
    const reply = answer('where is tove based');
    expect(reply.kind).toBe('section');
    expect(reply.text).toContain('now in Rotterdam');
  });

  it('reads spoken languages from a prose sentence "I speak A, B and C"', () => {
    const reply = answer('what languages does rafael speak');
    expect(reply.kind).toBe('section');
    expect(reply.text).toContain('Portuguese, Spanish and English');
  });

  it('reads current work from "Lately most of my work is …"', () => {
    expect(answer('what is rafael working on').text).toContain('incremental type checking');
  });

  it('gives the opening tagline as the job title when the profile has no headline', () => {
    const reply = answer("what is rafael's job title");
    expect(reply.text).toContain('Compiler engineer in Recife.');
    expect(reply.text).not.toContain('no headline');
  });
});

describe('filler and other languages around a contact request', () => {
  it('answers "can u give me Xs email pls" (no apostrophe, chat filler) with their contact', () => {
    const reply = answer('can u give me rafaels email pls');
    expect(reply.kind).toBe('contact');
    expect(reply.text).toContain('rafael.moura@toolchain.example');
  });

  it('answers the Portuguese "qual é o email do X?" with their contact', () => {
    const reply = answer('qual é o email do rafael?');
    expect(reply.kind).toBe('contact');
    expect(reply.person).toBe('rafael-moura');
  });

  it('lists everyone for "who is on the team"', () => {
    expect(answer('who is on the team').kind).toBe('people');
  });
});

describe('ways to reach someone stated in a sentence', () => {
  it('quotes a "ping me on Mastodon at …, or say [Hello](…)" line with the address its link holds', () => {
    const reply = answer('how do i reach pia');
    expect(reply.kind).toBe('contact');
    expect(reply.text).toContain('@pia@ceramics.example');
    expect(reply.text).toContain('https://piamoreau.example/contact/');
  });

  it('adds no line when the profile states no way to reach them beyond its contacts', () => {
    expect(answer('/contact rafael').text).not.toContain('also says');
  });
});
