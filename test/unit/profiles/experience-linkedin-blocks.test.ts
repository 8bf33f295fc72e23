// Entries pasted from LinkedIn ("Title / Company · Full-time / Jan 2021 - Present · 3 yrs") are one job each.
import { describe, expect, it } from 'vitest';
import { parsed } from './extract-helpers.js';

const dir = 'test/fixtures/experience-classes-7';
const jobs = (file: string) =>
  parsed(`${dir}/${file}`).experience.map((e) => [e.title, e.organization, e.period]);

describe('LinkedIn-style blocks in an experience section', () => {
  it('reads the title line, the employer before "· Full-time" and the dates line as one job', () => {
    expect(jobs('ana-quiroga-linkedin.md')).toEqual([
      ['Senior Software Engineer', 'Pampa Logistics', 'Jan 2021 – Present'],
      ['Software Engineer', 'Telar Systems', 'Mar 2018 – Dec 2020'],
    ]);
  });

  it('reads German employment types (Vollzeit, Werkstudent) and no employer from a "· remote" sentence', () => {
    expect(jobs('piet-de-vries-linkedin.md').map(([, org]) => org)).toEqual([
      'Kranich Mobility GmbH',
      'Elbwerk Data',
    ]);
  });
});
