// Experience: entries as written (headings, bullets, tables); never invented.
import { describe, expect, it } from 'vitest';
import { parseEntryText } from '../../../src/profiles/extract-experience.js';
import { parsePeriod } from '../../../src/profiles/parse-period.js';
import { parsed } from './extract-helpers.js';

describe('experience', () => {
  it('reads Rajdeep’s four Experience Highlights as entries without inventing titles', () => {
    const entries = parsed('profiles/rajdeep-sengupta.md').experience;
    expect(entries.map((e) => e.text)).toEqual([
      'Architected queue-driven worker systems where each CPU core runs a long-lived task',
      'Built simulation and data processing pipelines with predictable throughput',
      'Designed CDN-backed read-heavy systems with minimal origin load',
      'Owned infra decisions end-to-end: design → deploy → operate → optimize',
    ]);
    expect(entries.every((e) => e.title === null && e.organization === null && e.period === null)).toBe(true);
  });

  it('gives an empty list for a profile with no experience section', () => {
    expect(parsed('profiles/rajat-jog.md').experience).toEqual([]);
  });

  it('reads entry headings with role, organisation, period and bullet highlights', () => {
    const [acme, globex] = parsed('test/fixtures/extract/experience.md').experience;
    expect(acme).toMatchObject({
      title: 'Staff Engineer',
      organization: 'Acme Corp',
      period: '2019 – 2023',
      highlights: ['Led the payments platform migration', 'Cut p99 latency by 40%'],
    });
    expect(globex).toMatchObject({
      title: 'Senior Developer',
      organization: 'Globex',
      period: 'Jan 2016 – Dec 2018',
    });
  });

  it('reads a Company | Role | Period table and "**Role**, Company, year – present" bullets', () => {
    const entries = parsed('test/fixtures/extract/experience.md').experience;
    expect(entries).toContainEqual(
      expect.objectContaining({ title: 'Intern', organization: 'Initech', period: '2014–2015' }),
    );
    expect(entries).toContainEqual(
      expect.objectContaining({
        title: 'Consultant',
        organization: 'Umbrella Labs',
        period: '2013 – present',
      }),
    );
    expect(entries.at(-1)).toMatchObject({ text: 'Volunteered teaching kids to code', title: null });
  });

  it('finds date ranges in several shapes', () => {
    expect(parsePeriod('Acme (2019–2023)')?.period).toBe('2019 – 2023');
    expect(parsePeriod('Jan 2020 - Present at X')?.period).toBe('Jan 2020 – Present');
    expect(parsePeriod('since 2021')?.period).toBe('since 2021');
    expect(parsePeriod('no dates here')).toBeNull();
  });

  it('reads "Role at Company"', () => {
    expect(parseEntryText('Backend Engineer at Stripe')).toEqual({
      title: 'Backend Engineer',
      organization: 'Stripe',
      period: null,
    });
  });
});
