// Team questions a real channel asks (test/fixtures/team-groups-16): who speaks a language, who is open to
// work, who has worked in a domain, and group questions phrased as chat or in another language.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { spokenLanguageNamed } from '../../../src/engine/spoken-language-names.js';
import { expectKind, loadTestEngine, ROOT, type TestEngine } from './load-test-engine.js';

let t: TestEngine;
beforeAll(async () => {
  t = await loadTestEngine(join(ROOT, 'test/fixtures/team-groups-16'));
});

const listed = (line: string) =>
  (expectKind(t.ask(line), 'people').data.people ?? []).map((p) => `${p.personId}:${p.match}`).sort();

describe('who speaks a language', () => {
  it('reads one language from its names in many languages', () => {
    for (const name of [
      'spanish',
      'español',
      'espanhol',
      'espagnol',
      'spanisch',
      'испанский',
      '西班牙语',
      'スペイン語',
      '스페인어',
    ])
      expect(spokenLanguageNamed(name)?.language.key).toBe('spanish');
    expect(spokenLanguageNamed('brazilian')).toBeNull();
  });

  it('answers from each person’s languages line, asked in English, Portuguese, German or French', () => {
    expect(listed('who speaks spanish')).toEqual(['lucia-ferreira:language']);
    expect(listed('quem fala inglês')).toEqual([
      'amara-diallo:language',
      'kenji-watanabe:language',
      'lucia-ferreira:language',
      'tomas-reis:language',
    ]);
    expect(listed('wer spricht japanisch')).toEqual(['kenji-watanabe:language']);
    expect(listed('qui parle français')).toEqual(['amara-diallo:language']);
    expect(listed('/people language:espagnol')).toEqual(['lucia-ferreira:language']);
  });

  it('never counts a language someone is only learning, or a nationality', () => {
    expect(listed('does anyone here speak korean')).toEqual([]);
    expect(spokenLanguageNamed('brazilian')).toBeNull();
  });

  it('leaves "who speaks kotlin" a skill question', () => {
    expect(t.ask('who speaks kotlin').kind).toBe('whoknows');
  });
});

describe('groups a line of the profile says', () => {
  it('finds who is open to work from the line that says so, not from "open to collaborations"', () => {
    expect(listed("who's open to new opportunities")).toEqual(['lucia-ferreira:says']);
    expect(listed('anyone looking for a job?')).toEqual(['lucia-ferreira:says']);
  });

  it('counts a domain worked in, never one only played', () => {
    expect(listed('who has worked on games')).toEqual(['kenji-watanabe:role']);
    expect(listed('any healthcare people')).toEqual(['amara-diallo:says']);
    expect(listed('anyone in fintech')).toEqual(['lucia-ferreira:role']);
  });

  it('reads group questions phrased as chat or in Spanish', () => {
    expect(listed('is there a backend dev on the team')).toEqual(['lucia-ferreira:role']);
    expect(listed('¿alguien de portugal?')).toEqual(['tomas-reis:place']);
  });
});
