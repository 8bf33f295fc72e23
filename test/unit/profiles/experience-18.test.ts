// Jobs written a part a line: a timeline's period / role / employer lines, a role heading over icon bylines
// (dates, employer, place), and a résumé table with a column for each end of the period under a sub-section.
import { describe, expect, it } from 'vitest';
import { readPartLines } from '../../../src/profiles/extract/experience-part-lines.js';
import { ROLE_WORDS } from '../../../src/profiles/extract/parse-entry-text.js';
import { parsed } from './extract-helpers.js';

const dir = 'test/fixtures/experience-18';
const jobs = (file: string) =>
  parsed(`${dir}/${file}`).experience.map((e) => ({
    title: e.title,
    organization: e.organization,
    period: e.period,
  }));
const isRole = (text: string) => ROLE_WORDS.test(text);

describe('jobs written one part a line', () => {
  it('reads three lines giving the dates, the role and the employer as one job, the place dropped', () => {
    expect(jobs('timeline-divs.md')).toEqual([
      { title: 'Data Engineer', organization: 'Nordwind Analytics GmbH', period: '03/2023 – Present' },
      {
        title: 'Working Student in Software Development',
        organization: 'Kesselhaus AG',
        period: '09/2019 – 02/2023',
      },
    ]);
  });

  it('reads the icon byline under a role heading as its dates and employer, and a pin line as no employer', () => {
    expect(jobs('icon-bylines.md')).toEqual([
      { title: 'Teaching Assistant', organization: 'Riverside Polytechnic', period: '10/2022 – 06/2023' },
      { title: 'Junior Data Analyst', organization: 'Quayside Freight', period: 'Jul. 2023 – Today' },
    ]);
  });

  it('reads a table with a start and an end column under a job sub-section, an empty end as the present', () => {
    expect(jobs('shokumu.md')).toEqual([
      { title: null, organization: '株式会社ミナトソフト', period: '2020-04 – present' },
      { title: null, organization: '株式会社サクラ電機', period: '2014-04 – 2020-03' },
    ]);
  });

  it('never reads a place line ("Berlin, Germany", "Remote, Poland") as the employer', () => {
    expect(readPartLines(['Backend Developer', 'Remote, Poland', '03/2021 – 02/2023'], isRole)).toEqual({
      title: 'Backend Developer',
      organization: null,
      period: '03/2021 – 02/2023',
    });
    expect(
      readPartLines(['Data Analyst', 'Berlin, Germany', '2019 – 2021'], isRole)?.organization,
    ).toBeNull();
    expect(readPartLines(['Data Analyst', 'Acme, Germany', '2019 – 2021'], isRole)?.organization).toBe(
      'Acme',
    );
  });

  it('reads a role, a place and dates on three lines as a job with no employer', () => {
    expect(jobs('place-lines.md')).toEqual([
      { title: 'Backend Developer', organization: null, period: '03/2021 – 02/2023' },
      { title: 'Data Analyst', organization: null, period: '2019 – 2021' },
    ]);
  });

  it('never reads a sentence, a label or a second date range as a part of a byline', () => {
    expect(readPartLines(['2019 – 2024', 'Mostly gravel, sometimes rain.'], isRole)).toBeNull();
    expect(readPartLines(['2019 – 2021', 'Tech: React, Node'], isRole)).toBeNull();
    expect(readPartLines(['2019 – 2021', '2021 – 2023', 'Acme'], isRole)).toBeNull();
    expect(readPartLines(['Jan 2020 – now', 'Engineer', 'Acme Corp · Berlin'], isRole)).toEqual({
      title: 'Engineer',
      organization: 'Acme Corp',
      period: 'Jan 2020 – now',
    });
  });
});
