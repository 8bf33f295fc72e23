// "Currently at X" / "Previously at Y" in other languages name employers; schools and places never do.
import { describe, expect, it } from 'vitest';
import { jobsInSentence } from '../../../src/profiles/extract/prose-experience.js';
import { parsed } from './extract-helpers.js';

const dir = 'test/fixtures/experience-classes-7';
const orgs = (line: string) =>
  jobsInSentence(line, { links: [], handle: null }, 1).map((e) => e.organization);
const employers = (file: string) => parsed(`${dir}/${file}`).experience.map((e) => e.organization);

describe('employers after a time word standing for the work verb', () => {
  it('reads Portuguese "Atualmente na X … Anteriormente na Y" as the current and former employer', () => {
    expect(employers('tiago-moreira-pt.md')).toEqual(['Quorvia Logística', 'Brastec Engenharia']);
  });

  it('reads German "Aktuell bei X" and "Früher bei Y" bullets, not the school after "Zuvor"', () => {
    expect(employers('greta-lindholm-de.md')).toEqual(['Nordlicht Versicherung', 'Kranwerk Digital']);
  });

  it('reads French, Italian and Dutch time words before chez, presso and bij', () => {
    expect(orgs('Actuellement chez Maison Verlaine, auparavant chez Optique Durand.')).toEqual([
      'Maison Verlaine',
      'Optique Durand',
    ]);
    expect(orgs('Attualmente presso Ferrovie Alpine')).toEqual(['Ferrovie Alpine']);
    expect(orgs('Momenteel bij Dijkstra Logistiek')).toEqual(['Dijkstra Logistiek']);
  });

  it('reads no employer when the time word is followed by a university, a course of study or a place', () => {
    expect(orgs('Atualmente na UFMG, cursando Ciência da Computação')).toEqual([]);
    expect(orgs('Atualmente na Federal do Paraná, estudando redes')).toEqual([]);
    expect(orgs('Currently at Stanford University')).toEqual([]);
    expect(orgs('Atualmente no Brasil')).toEqual([]);
    expect(orgs('Atualmente na faculdade de engenharia')).toEqual([]);
  });

  it('still reads "Previously at X" and "Currently @x" in English', () => {
    expect(orgs('Previously at Hollowbrook Labs')).toEqual(['Hollowbrook Labs']);
    expect(orgs('Currently @plinthworks')).toEqual(['plinthworks']);
  });
});
