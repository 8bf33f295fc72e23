// Experience as French, Portuguese and Korean résumés write it: their month names and "now" words, a bold
// "role — employer" line over its dates, dated role headings, and dates on an employer's nested line.
import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../src/profiles/extract/parse-period.js';
import { parsed } from './extract-helpers.js';

const dir = 'test/fixtures/experience-16';
const jobs = (file: string) =>
  parsed(`${dir}/${file}`).experience.map((e) => ({
    title: e.title,
    organization: e.organization,
    period: e.period,
  }));

describe('dates in French, German, Italian, Portuguese and Korean résumés', () => {
  it('reads their month names, full or cut short, and their words for now', () => {
    expect(parsePeriod('Janvier 2018 – Août 2021')?.period).toBe('Janvier 2018 – Août 2021');
    expect(parsePeriod('Montréal, QC | Septembre 2021 – Présent')).toMatchObject({
      period: 'Septembre 2021 – present',
      rest: 'Montréal, QC',
    });
    expect(parsePeriod('Dezember 2019 - Oktober 2021')?.period).toBe('Dezember 2019 – Oktober 2021');
    expect(parsePeriod('gennaio 2020 - oggi')?.period).toBe('gennaio 2020 – present');
    expect(parsePeriod('Set/2025 – até o momento')?.period).toBe('Set/2025 – present');
  });

  it('reads Korean year and month marks and drops the length written after them', () => {
    expect(parsePeriod('2013년 08월 ~ 2016년 10월 (3년 3개월)')).toMatchObject({
      period: '2013.08 – 2016.10',
      rest: '',
    });
    expect(parsePeriod('2019년 6월 ~ 현재 근무 중')?.period).toBe('2019.6 – present');
  });

  it('keeps English ranges as they were, and never reads the start of a word as a month', () => {
    expect(parsePeriod('Jan 2020 - Present')?.period).toBe('Jan 2020 – Present');
    expect(parsePeriod('Jan 2020 to Mar 2021')?.period).toBe('Jan 2020 – Mar 2021');
    expect(parsePeriod('Maintainer 2019 - 2021')?.period).toBe('2019 – 2021');
  });
});

describe('job shapes of these résumés', () => {
  it('joins a long bold "role — employer (group)" line with the dates line below it', () => {
    expect(jobs('lucie-fontaine.md')).toEqual([
      {
        title: 'Analyste de données senior',
        organization: 'Maison Verlaine S.A (Groupe Rivage Nord)',
        period: 'Févr. 2021 – present',
      },
      { title: 'Consultante data', organization: 'Cabinet Orlane', period: 'Juin 2018 – Janv. 2021' },
    ]);
  });

  it('reads role headings over a dated line as jobs, with or without an employer', () => {
    expect(jobs('rafael-teixeira.md')).toEqual([
      { title: 'Desenvolvedor Back-end', organization: 'Grão Digital', period: 'Março 2023 – present' },
      {
        title: 'Analista de Sistemas',
        organization: 'Cooperativa Vale Norte',
        period: 'Set/2020 – Fev/2023',
      },
      {
        title: 'Estagiário em Desenvolvimento de Software',
        organization: null,
        period: 'Out/2019 – Ago/2020',
      },
    ]);
  });

  it('takes an employer item’s dates from its nested "근무 기간" line', () => {
    expect(jobs('minji-han.md').map((j) => j.period)).toEqual(['2015.03 – 2018.05', '2018.07 – present']);
  });
});
