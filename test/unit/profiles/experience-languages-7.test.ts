// "Working at X" in more languages and shapes: Italian, Dutch, Polish, Spanish gerunds, a title before
// Portuguese na/no, and the SWE/SDE/MLE abbreviations; places and topics after the same words are no employers.
import { describe, expect, it } from 'vitest';
import { jobsInSentence } from '../../../src/profiles/extract/prose-experience.js';

const orgs = (line: string) =>
  jobsInSentence(line, { links: [], handle: null }, 1).map((e) => e.organization);

describe('employers stated in more languages', () => {
  it('reads Italian "lavoro presso X", Dutch "ik werk bij X" and Polish "pracuję w X"', () => {
    expect(orgs('Lavoro presso Ferrovie Alpine come sviluppatore')).toEqual(['Ferrovie Alpine']);
    expect(orgs('Ik werk bij Dijkstra Logistiek als developer')).toEqual(['Dijkstra Logistiek']);
    expect(orgs('Pracuję w Sowa Systems jako programista')).toEqual(['Sowa Systems']);
  });

  it('reads Spanish and Portuguese gerunds "trabajando en X" and "trabalhando na X"', () => {
    expect(orgs('Trabajando en Cóndor Pagos como desarrollador')).toEqual(['Cóndor Pagos']);
    expect(orgs('Trabalhando na Jabuti Tech')).toEqual(['Jabuti Tech']);
  });

  it('reads a job title before Portuguese "na"/"no" and the SWE abbreviation before "@"', () => {
    expect(orgs('Desenvolvedora na Pitanga Bank')).toEqual(['Pitanga Bank']);
    expect(orgs('SWE @ Glimmer Labs (2021–now)')).toEqual(['Glimmer Labs']);
  });

  it('reads no employer from a place, a topic or a country after the same words', () => {
    expect(orgs('Desenvolvedor no Rio de Janeiro')).toEqual([]);
    expect(orgs('Programador na Alemanha')).toEqual([]);
    expect(orgs('Desenvolvedor na área de dados')).toEqual([]);
    expect(orgs('Pracuję w Warszawie jako programista')).toEqual([]);
    expect(orgs('Ik werk in Amsterdam')).toEqual([]);
    expect(orgs('Developer no Python')).toEqual([]);
  });
});
