// whoknows never presents one skill's holders as another's, keeps evidence classes apart, and reads
// several skills at once; over the team fixture (Java/JavaScript, C/C++, React/Realm, post titles).
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderText } from '../../../src/render/text.js';
import { expectKind, loadTestEngine, ROOT, SEEDS, type TestEngine } from './load-test-engine.js';

let team: TestEngine;
let seeds: TestEngine;
beforeAll(async () => {
  team = await loadTestEngine(join(ROOT, 'test/fixtures/team'));
  seeds = await loadTestEngine(SEEDS);
});

const holders = (engine: TestEngine, line: string) =>
  expectKind(engine.ask(line), 'whoknows')
    .data.matches.filter((m) => m.match === 'lists')
    .map((m) => m.personId)
    .sort();

describe('a known technology is never read as another', () => {
  it('answers "No one lists Java" when only JavaScript is listed', () => {
    const reply = expectKind(seeds.ask('who knows java'), 'whoknows');
    expect(reply.data.skill).toBe('Java');
    expect(reply.data.matches).toEqual([]);
    expect(reply.description).toContain('No one lists Java');
  });

  it('keeps Java and JavaScript, C and C++, React and Realm, GraphQL and PostgreSQL apart', () => {
    expect(holders(team, 'who knows java')).toEqual(['jonas-weber', 'sam-patel']);
    expect(holders(team, 'who knows javascript')).toEqual(['sam-okafor']);
    expect(holders(team, 'who knows c')).toEqual(['priya-raman']);
    expect(holders(team, 'who knows c++')).toEqual(['mei-chen']);
    expect(holders(team, 'who knows realm')).toEqual(['ana-souza', 'sam-patel']);
    expect(holders(team, 'who knows react')).toEqual(['nina-petrova', 'sam-okafor']);
    expect(holders(team, 'who knows graphql')).toEqual(['sam-okafor']);
    expect(holders(team, 'who knows ai')).toEqual(['priya-nair']);
  });

  it('reads "react native" as React Native, never as React', () => {
    expect(holders(team, 'is there a react native dev here')).toEqual([]);
    expect(expectKind(team.ask('who knows react native'), 'whoknows').data.skill).toBe('React Native');
  });

  it('corrects a typo only within a small edit distance of a listed skill', () => {
    expect(holders(team, 'who knows terrafrom')).toEqual(['lena-fischer']);
    expect(holders(team, 'who knows postgress')).toEqual(['diego-alvarez', 'jonas-weber', 'ravi-kumar']);
    expect(holders(team, 'who knows zookeeper')).toEqual([]);
  });
});

describe('evidence classes', () => {
  it('lists holders first and labels people who only mention the skill in prose', () => {
    const reply = expectKind(team.ask('who knows go'), 'whoknows');
    expect(reply.data.matches.map((m) => [m.personId, m.match])).toEqual([
      ['diego-alvarez', 'lists'],
      ['priya-nair', 'mentions'],
      ['tom-becker', 'mentions'],
    ]);
    expect(renderText(reply)).toContain('not listed as a skill');
  });

  it('never counts a blog post or talk title as knowing', () => {
    expect(renderText(team.ask('who knows mongodb'))).not.toContain('Mei Chen');
    expect(renderText(team.ask('who knows jenkins'))).not.toContain('Lena Fischer');
    expect(expectKind(team.ask('does tom know rust'), 'whoknows').description).toMatch(/^No:/);
  });

  it('does not read Objective-C or C++ as a mention of C', () => {
    const text = renderText(team.ask('who knows c'));
    expect(text).not.toContain('Ana Souza');
    expect(text).toContain('Mei Chen › Mei Chen: I started with C');
  });
});

describe('several skills', () => {
  it('names the people with all of them, then those with some, said so', () => {
    const reply = expectKind(seeds.ask('who knows postgres and django'), 'whoknows');
    expect(reply.data.matches.map((m) => [m.personId, m.match])).toEqual([
      ['rajat-jog', 'lists'],
      ['rajdeep-sengupta', 'some'],
    ]);
    expect(reply.description).toBe('1 person lists all of PostgreSQL and Django; 1 more list some of them.');
  });

  it('asks a skill named twice as that one skill, with the evidence of each holder once', () => {
    const reply = expectKind(team.ask('/whoknows java or java or Java'), 'whoknows');
    expect(reply.data.skill).toBe('Java');
    expect(holders(team, '/whoknows java or java or Java')).toEqual(['jonas-weber', 'sam-patel']);
    expect(renderText(reply)).not.toMatch(/Java, Java/);
  });

  it('answers "X or Y" with everyone who lists either', () => {
    expect(holders(team, 'who knows kotlin or swift')).toEqual(['ana-souza', 'sam-patel']);
  });

  it('answers one person for several skills partly', () => {
    const reply = expectKind(team.ask('does diego know go and rust'), 'whoknows');
    expect(reply.description).toBe('Partly: Diego Álvarez lists Go but not Rust.');
  });
});
