// Questions about several people at once over made-up profiles (test/fixtures/group-questions): who works
// or worked at an employer, who is based in a place, who is in a group by title or by skills, how many.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine/create-engine.js';
import { parseIntent } from '../../../src/engine/intent.js';
import { groupNamed } from '../../../src/engine/people-groups.js';
import { placeNames } from '../../../src/engine/place-names.js';
import { renderText } from '../../../src/render/text.js';
import { createProfileIndex } from '../../../src/search/profile-index.js';
import { generateProfiles } from '../../bench/corpus.js';
import { expectKind, loadTestEngine, ROOT, type TestEngine } from './load-test-engine.js';

let t: TestEngine;
beforeAll(async () => {
  t = await loadTestEngine(join(ROOT, 'test/fixtures/group-questions'));
});

const listed = (line: string) =>
  (expectKind(t.ask(line), 'people').data.people ?? []).map((p) => `${p.personId}:${p.match}`).sort();
const text = (line: string) => renderText(t.ask(line));
const intent = (line: string) => parseIntent(line, { isPerson: () => false });

describe('employer questions', () => {
  it('names who works at an employer now apart from who worked there before', () => {
    expect(listed('who works at Stripe')).toEqual(['aiko-tanaka:now', 'hugo-martin:now']);
    expect(listed('who is at meta')).toEqual(['chiara-russo:before', 'hugo-martin:before']);
    expect(text('who is at meta')).toContain('Worked at Meta before');
  });

  it('reads the employer as a name: "meta" is never the word "metadata", "facebook" only where the profile says it', () => {
    expect(listed('who used to work at meta')).not.toContain('ines-moreau:before');
    expect(listed('who has worked for facebook')).toEqual(['chiara-russo:before']);
  });

  it('says plainly when nobody names the employer', () => {
    const reply = expectKind(t.ask('who worked at apple'), 'people');
    expect(reply.data.count).toBe(0);
    expect(reply.description).toContain("No one's profile names “apple” as an employer");
  });

  it('reads the question in several languages and phrasings', () => {
    for (const line of [
      'anyone from microsoft?',
      'quién trabajó en microsoft',
      'is anyone here ex-microsoft',
    ])
      expect(listed(line), line).toEqual(['dev-malhotra:before']);
    expect(listed('wer arbeitet bei zalando')).toEqual(['bruno-keller:now']);
  });
});

describe('place questions', () => {
  it('finds who is based in a city or a country, a country through its cities', () => {
    expect(listed('who is based in berlin')).toEqual(['bruno-keller:place', 'hugo-martin:place']);
    expect(listed('anyone in india?')).toEqual(['dev-malhotra:place']);
    expect(listed('who is in bangalore')).toEqual(['dev-malhotra:place']);
    expect(listed('who is in germany')).toEqual(['bruno-keller:place', 'hugo-martin:place']);
  });

  it('reads "from X" as an employer first and as a place when no one worked there', () => {
    expect(intent('who is from morocco')).toEqual({ command: 'people', args: { employer: 'morocco' } });
    expect(listed('who is from morocco')).toEqual(['farid-haddad:place']);
  });

  it('lists where everyone is', () => {
    const said = text('where is everyone based');
    expect(said).toContain('Aiko Tanaka');
    expect(said).toContain('Casablanca');
  });

  it('knows other spellings of a place and the cities of a country', () => {
    expect(placeNames('Bangalore')).toContain('bengaluru');
    expect(placeNames('brasil')).toContain('sao paulo');
    expect(placeNames('Atlantis')).toEqual(['atlantis']);
  });
});

describe('role and group questions', () => {
  it('keeps people whose title says the group apart from those who only list its skills', () => {
    expect(listed('designers?')).toEqual(['dev-malhotra:skills', 'elena-popescu:role']);
    const said = text('designers?');
    expect(said).toContain('Their headline or current title says so');
    expect(said).toContain('Dev Malhotra — lists Figma');
  });

  it('counts Kotlin as mobile only when listed under a mobile heading (it is also a JVM server language)', () => {
    expect(listed('who does mobile')).toEqual(['aiko-tanaka:role', 'greta-lind:role']);
  });

  it('reads the group however it is asked', () => {
    expect(groupNamed('data scientists')?.label).toBe('Data scientists');
    expect(groupNamed('devops people')?.field).toBe('DevOps');
    expect(groupNamed('mobile devs')?.field).toBe('mobile');
    for (const line of ['any devops people?', 'who are the sres', 'who does devops'])
      expect(listed(line), line).toEqual(['bruno-keller:role', 'farid-haddad:role']);
  });

  it('still answers "the designer" (one person described) and "who knows android" (a skill) as before', () => {
    expect(t.ask('email the designer')).toMatchObject({ kind: 'contact', person: { id: 'elena-popescu' } });
    expect(intent('who knows android')?.command).toBe('whoknows');
  });

  it('looks for any job title no group names', () => {
    expect(listed('who is a researcher')).toEqual(['ines-moreau:role']);
  });
});

describe('count questions', () => {
  it('gives the number first, then the names', () => {
    const reply = t.ask('how many people know python');
    expect(reply.title).toBe('How many know Python: 4');
    expect(reply.description).toContain('4 people list Python');
    expect(t.ask('how many profiles are there').title).toBe('People: 9');
    expect(t.ask('how many people work at stripe').description).toContain('2 people');
  });

  it('counts in other words and languages', () => {
    expect(t.ask('number of people who know swift').title).toBe('How many know Swift: 1');
    expect(t.ask('wie viele kennen figma').title).toBe('How many know Figma: 2');
  });

  it('counts everyone in a large group, though it names the first hundred', () => {
    const index = createProfileIndex(generateProfiles(400));
    const engine = createEngine({ index: () => index, defaultProfile: null, contactEphemeral: true });
    const reply = expectKind(
      engine.answer(engine.parse('how many devops people', { platform: 'shell' })),
      'people',
    );
    expect(reply.data.people).toHaveLength(100);
    expect(reply.data.count).toBeGreaterThan(100);
    expect(reply.title).toBe(`DevOps, SRE and platform people: ${reply.data.count}`);
  });
});
