// Who-knows over profiles that state skills in prose or odd list shapes, asked with a trailing noun
// ("airflow dags") or as "does anybody here do X"; wishes and learning name no holder.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectKind, loadTestEngine, ROOT, type TestEngine } from './load-test-engine.js';

let t: TestEngine;
beforeAll(async () => {
  t = await loadTestEngine(join(ROOT, 'test/fixtures/skill-claims'));
});

const holders = (line: string) =>
  expectKind(t.ask(line), 'whoknows')
    .data.matches.filter((m) => m.match === 'lists')
    .map((m) => m.personId);

describe('who knows what a profile states in prose', () => {
  it('names the author of a first-person sentence of use as a holder', () => {
    expect(holders('who knows kotlin')).toEqual(['tomas-reyes']);
    expect(holders('who knows snowflake')).toEqual(['odile-brandt']);
    expect(holders('who knows dbt')).toEqual(['odile-brandt']);
  });

  it('names no holder for what someone only wishes, learns or used to do', () => {
    for (const skill of ['haskell', 'ocaml', 'zig', 'duckdb', 'perl', 'bevy'])
      expect(holders(`who knows ${skill}`), skill).toEqual([]);
  });
});

describe('who-knows phrasings', () => {
  it('reads a technology followed by a plural noun for things made with it as the technology', () => {
    expect(holders('who should i ask about airflow dags')).toEqual(['odile-brandt']);
    expect(holders('anyone good with cuda kernels?')).toEqual(['mei-lindqvist']);
  });

  it('keeps a two-word name that is no technology and a plural word whole', () => {
    expect(expectKind(t.ask('who knows java ee'), 'whoknows').data.skill.toLowerCase()).toBe('java ee');
  });

  it('reads "does anybody here do X" as who knows X, not as a person called "anybody here"', () => {
    expect(holders('does anybody here do svelte')).toEqual(['tomas-reyes']);
  });

  it('finds the holder under another spelling of the skill', () => {
    expect(holders('who knows erlang')).toEqual(['mei-lindqvist']);
    expect(holders('who knows unity3d')).toEqual(['mei-lindqvist']);
    expect(holders('who knows rmq')).toEqual(['mei-lindqvist']);
  });

  it('reads "right now" in a question as a time, never as a skill named NOW', () => {
    expect(t.ask('what is tomas studying right now').kind).not.toBe('whoknows');
    expect(holders('k8s people')).toEqual([]);
  });
});
