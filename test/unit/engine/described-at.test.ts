// People described by what they do and where ("the SRE at norrsken pay", "the emil who does data
// engineering", "the pager tales podcaster"), over made-up profiles: the one person whose profile holds
// both parts, "which one?" for several, and a search (never a guess) for no one.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTestEngine, ROOT, type TestEngine } from './load-test-engine.js';

let t: TestEngine;
beforeAll(async () => {
  t = await loadTestEngine(join(ROOT, 'test/fixtures/fact-classes'));
});

describe('a person described by a job or skill and a place or company', () => {
  it.each([
    ['the SRE at norrsken pay', 'emil-brandt'],
    ['the platform engineer in rotterdam', 'tove-lindqvist'],
    ['the compiler guy from recife', 'rafael-moura'],
    ['the designer in tampere', 'oona-virtanen'],
  ])('finds "%s"', (line, id) => {
    const reply = t.ask(line);
    expect(reply.kind).toBe('profile');
    expect(reply.person?.id).toBe(id);
  });

  it('tells two people with the same first name apart by their company or their work', () => {
    expect(t.ask('the emil at quetzal analytics').person?.id).toBe('emil-sandoval');
    expect(t.ask('the emil who does data engineering').person?.id).toBe('emil-sandoval');
    expect(t.ask('the emil at norrsken pay').person?.id).toBe('emil-brandt');
  });

  it('asks which one when the place or company holds several people', () => {
    const reply = t.ask('the guy who worked at telia');
    expect(reply.kind).toBe('ambiguous');
  });

  it('names no one when the job does not match the person at that company', () => {
    // Norrsken Pay has an SRE, not a designer; Guadalajara has a data engineer, not an SRE.
    for (const line of ['the designer at norrsken pay', 'the sre in guadalajara']) {
      const reply = t.ask(line);
      expect(reply.kind).not.toBe('profile');
      expect(reply.person).toBeNull();
    }
  });
});

describe('a person described by words only their profile holds', () => {
  it('finds "the pager tales podcaster" from "I co-host the podcast Pager Tales"', () => {
    expect(t.ask('the pager tales podcaster').person?.id).toBe('emil-brandt');
  });
});
