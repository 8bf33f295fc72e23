// Experience written one part per line (employer, dates, role under <br/> tags), in Russian with month names
// and a "Должность:" line, under a Japanese 経歴 heading, and the date forms these use.
import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../src/profiles/extract/parse-period.js';
import { parsed } from './extract-helpers.js';

const dir = 'test/fixtures/experience-15';
const jobs = (file: string) =>
  parsed(`${dir}/${file}`).experience.map((e) => ({
    title: e.title,
    organization: e.organization,
    period: e.period,
  }));

describe('dates as résumés in other shapes write them', () => {
  it('reads Russian, Spanish and Portuguese month names with the year', () => {
    expect(parsePeriod('Ноябрь 2022 — настоящее время')?.period).toBe('Ноябрь 2022 – present');
    expect(parsePeriod('Agosto 2019 – Dezembro 2021')?.period).toBe('Agosto 2019 – Dezembro 2021');
    expect(parsePeriod('Marzo de 2020 - Actualidad')?.period).toBe('Marzo de 2020 – Actual');
  });

  it('reads the year before the month ("2023, July") and drops the length of the job after the dates', () => {
    expect(parsePeriod('⏳ 2021, Nov - 2022, Sept (1 Y)')).toMatchObject({
      period: 'Nov 2021 – Sept 2022',
      after: '',
    });
    expect(parsePeriod('Acme · Jan 2020 - Mar 2022 · 2 yrs 3 mos')?.rest).toBe('Acme');
  });

  it('reads Japanese year marks and a tilde between years', () => {
    expect(parsePeriod('2022 年 ~ 2024 年')?.period).toBe('2022 – 2024');
    expect(parsePeriod('2019年3月 ~ 2020年')?.period).toBe('2019.3 – 2020');
  });

  it('never takes the end of another word for a month ("Maintainer", "about")', () => {
    expect(parsePeriod('Maintainer 2019 - 2021')?.period).toBe('2019 – 2021');
    expect(parsePeriod('about 2019-2020')?.period).toBe('2019 – 2020');
  });
});

describe('an Experience block of <br/> lines: employer, dates, role, a note', () => {
  it('reads each block as one job with its role from the line below the dates', () => {
    expect(jobs('tanvir-hossain.md')).toEqual([
      {
        title: 'SENIOR ANDROID DEVELOPER',
        organization: 'Nodiya Soft Limited',
        period: 'Feb 2024 – Present',
      },
      {
        title: 'ANDROID DEVELOPER(KOTLIN)',
        organization: 'Brightline Labs (Contract)',
        period: 'Mar 2023 – Dec 2023',
      },
      {
        title: 'JR FLUTTER DEVELOPER',
        organization: 'QPS — Quick Pay Solutions',
        period: 'Jun 2021 – Feb 2023',
      },
    ]);
  });

  it('keeps the note under the role as the job’s highlight, without its bullet', () => {
    expect(parsed(`${dir}/tanvir-hossain.md`).experience[0]!.highlights).toEqual([
      'Logistics | Fleet tracking app',
    ]);
  });
});

describe('a Russian "Опыт работы" with month-name dates and a "Должность:" line', () => {
  it('reads the employer and dates from the head line and the role from the labelled line', () => {
    expect(jobs('arseniy-volkov.md')).toEqual([
      {
        title: 'Backend Developer',
        organization: 'Стартап в сфере медицины',
        period: 'Апрель 2023 – Январь 2025',
      },
      { title: 'Software Engineer (Go)', organization: 'Кварцсофт', period: 'Сентябрь 2020 – Март 2023' },
    ]);
  });

  it('reads the duties as highlights, never as jobs of their own', () => {
    const [, second] = parsed(`${dir}/arseniy-volkov.md`).experience;
    expect(second!.highlights).toContain('Обязанности: Биллинг и платежный шлюз на Go');
  });
});

describe('a Japanese 経歴 section of dated headings', () => {
  it('is the experience section, its headings dated entries with no employer invented', () => {
    expect(jobs('haruto-mizuno.md')).toEqual([
      { title: null, organization: null, period: '2023 – present' },
      { title: null, organization: null, period: '2019 – 2023' },
    ]);
  });
});
