// Résumés pasted into a README: entries spread over two lines, employer headings over dated role
// sub-headings (or over a role and dates line), and experience headings and "now" words in more languages.
import { describe, expect, it } from 'vitest';
import { parsed } from './extract-helpers.js';

const dir = 'test/fixtures/resume-readmes';
const jobs = (file: string) =>
  parsed(`${dir}/${file}`).experience.map((e) => [e.title, e.organization, e.period]);

describe('résumé entries written over two lines', () => {
  it('reads a bold employer line over a "role · dates" line as one job, in each shape', () => {
    expect(jobs('two-line-entries.md')).toEqual([
      ['Senior Android Engineer', 'Talabat', 'Mar 2019 – Present'],
      ['Android Developer', 'Zain Jordan', '2016 – 2019'],
      ['Mobile Lead', 'Aramex', '2014 – 2016'],
    ]);
  });

  it('reads no employer from the education section written the same way', () => {
    const orgs = parsed(`${dir}/two-line-entries.md`).experience.map((e) => e.organization);
    expect(orgs).not.toContain('University of Jordan');
  });
});

describe('résumé employer headings', () => {
  it('gives each dated role sub-heading the employer of the heading above it', () => {
    const all = jobs('company-headings.md');
    expect(all).toEqual(
      expect.arrayContaining([
        ['Staff Platform Engineer', 'Lumen Freight', 'March 2023 – Present'],
        ['Senior Platform Engineer', 'Lumen Freight', 'June 2020 – March 2023'],
        ['Backend Developer', 'Kestrel Bank', '2016 – 2020'],
      ]),
    );
    expect(all.map(([, org]) => org)).toEqual(expect.arrayContaining(['Lumen Freight', 'Kestrel Bank']));
  });

  it('reads an undated heading over a "role | dates" line either way round, told by the role words', () => {
    expect(jobs('company-headings.md')).toEqual(
      expect.arrayContaining([
        ['Gameplay Programmer', 'Polder Games', 'January 2014 – May 2016'],
        ['Software Engineer', 'Veldwerk BV', '2012 – 2014'],
      ]),
    );
  });
});

describe('résumé experience headings and "now" words in more languages', () => {
  it('reads Russian, Italian and Chinese experience sections with their words for the present', () => {
    const all = jobs('localized-headings.md');
    expect(all).toEqual(
      expect.arrayContaining([
        ['Python-разработчик', 'Северсталь', '2021 – present'],
        ['Аналитик', 'Ростелеком', '2018 – 2021'],
        ['Sviluppatrice Backend', 'Nexi', '2020 – present'],
      ]),
    );
    const texts = parsed(`${dir}/localized-headings.md`).experience.map((e) => `${e.text} ${e.period}`);
    expect(texts.some((t) => t.includes('美团') && t.includes('2019.03 – present'))).toBe(true);
  });
});
