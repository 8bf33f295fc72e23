// Experience: entries as written (headings, bullets, tables); never invented.
import { describe, expect, it } from 'vitest';
import { parseEntryText } from '../../../src/profiles/extract/parse-entry-text.js';
import { parsePeriod } from '../../../src/profiles/extract/parse-period.js';
import { jobsInSentence } from '../../../src/profiles/extract/prose-experience.js';
import { parseProfile } from '../../../src/profiles/parse-profile.js';
import { createProfileIndex } from '../../../src/search/profile-index.js';
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

  const employers = (file: string) =>
    parsed(`test/fixtures/real-patterns/${file}`).experience.map((e) => [e.title, e.organization]);

  it('reads employers from sentences: "Role at [Company]", "working @ Company", "@Company" with a work verb', () => {
    expect(employers('jobs-in-prose.md')).toEqual(
      expect.arrayContaining([
        ['Design Engineer', 'Lumen'],
        ['founding engineer', 'Orbit Labs Inc'],
        [null, 'Nimbus'],
        [null, 'Finly'],
        [null, 'Shopr'],
        ['Founder', 'cvmaker.example'],
        ['Staff Engineer', 'Globex'],
      ]),
    );
    // "working with [React]" and "Creator of Tinyfmt" name no employer.
    expect(employers('jobs-in-prose.md').map(([, org]) => org)).not.toContain('React');
  });

  it('reads "VPoE at Kestrel, Inc.", "engineer at Mercer-Voss", a linked company with dots, and two jobs in one line', () => {
    expect(employers('kestrel-vpoe.md')).toEqual([
      ['VPoE', 'Kestrel'],
      ['backend software engineer', 'Mercer-Voss'],
      ['Software Engineer', 'Vantage Systems Pvt. Ltd'],
      ['Intern', 'Bytewise'],
      ['Full Stack Development Intern', 'Datalane Services'],
    ]);
  });

  it('reads a company named by "(my company)", a Portuguese "atuo … na X" and a French "Mentor … @X"', () => {
    expect(employers('hlarsen.md')).toEqual([[null, 'Larsen.Consult']]);
    expect(employers('rafalima.md')).toEqual([['profissional', 'Vetor']]);
    expect(employers('lucbdx.md')).toEqual([['Mentor', 'Codecamp']]);
  });

  it('finds no job where none is stated: a student, side projects, "working on", "working with", a place', () => {
    expect(parsed('test/fixtures/real-patterns/no-job.md').experience).toEqual([]);
  });

  it('reads "Company (years) Title" career bullets, an open "(2019-)" period, and not a repository table', () => {
    expect(parsed('test/fixtures/real-patterns/career-list.md').experience).toEqual([
      expect.objectContaining({
        organization: 'Brightly',
        title: 'Game Client Engineer',
        period: '2012 – 2013',
      }),
      expect.objectContaining({
        organization: 'Quanta, Ltd',
        title: 'Software Engineer',
        period: '2013 – 2014',
      }),
      expect.objectContaining({
        organization: 'Fernway',
        title: 'Software Engineer',
        period: '2019 – present',
      }),
    ]);
  });

  it('reads "Title at Company (year/month-present)" sub-headings whatever their words classify as', () => {
    const entries = parsed('test/fixtures/real-patterns/work-experience-headings.md').experience;
    expect(entries.map((e) => [e.title, e.organization, e.period])).toEqual([
      ['Cloud Technical Specialist', 'Northwind Solutions Limited', '2023/07 – present'],
      ['Specialist in IT consulting', 'Contoso Enterprise Limited', '2021/07 – 2023/05'],
    ]);
  });

  it('reads a setext "Experience" heading and ignores a table of packages under one', () => {
    const text =
      'Experience\n==========\n\n- Senior Engineer at Acme (2019–2021)\n\n| Package | Downloads |\n| --- | --- |\n| fastlib | 1M |\n';
    const entries = parseProfile(new TextEncoder().encode(text), 'x.md');
    expect(entries.ok && entries.profile.experience).toEqual([
      expect.objectContaining({ title: 'Senior Engineer', organization: 'Acme', period: '2019 – 2021' }),
    ]);
  });

  it('reads work verbs in Spanish, French and German', () => {
    const jobs = (text: string, links: string[] = []) =>
      jobsInSentence(text, { links, handle: null }, 1).map((e) => e.organization);
    expect(jobs('Trabajo como desarrollador en Globant desde 2020', ['Globant'])).toEqual(['Globant']);
    expect(jobs('Trabajo en Madrid')).toEqual([]);
    expect(jobs('Je travaille chez Doctolib comme développeur')).toEqual(['Doctolib']);
    expect(jobs('Ich arbeite bei SAP als Entwickler')).toEqual(['SAP']);
    expect(jobs('Previously at Google, now at Stripe')).toEqual(['Google', 'Stripe']);
  });

  it('finds month-year and open periods', () => {
    expect(parsePeriod('Acme (2021/07-2023/05; 1 year 10 months)')).toMatchObject({
      period: '2021/07 – 2023/05',
      before: 'Acme',
      after: '',
    });
    expect(parsePeriod('Plaid (2019-) Engineer')).toMatchObject({
      period: '2019 – present',
      after: 'Engineer',
    });
    expect(parsePeriod('Acme 2019-2023')?.period).toBe('2019 – 2023');
  });

  it('reads feminine job titles ("Développeuse chez Exemple", "Ingeniera en Acme")', () => {
    expect(parsed('test/fixtures/profiles/french.md').experience[0]).toMatchObject({
      title: 'Développeuse',
      organization: 'Exemple',
    });
    expect(parsed('test/fixtures/profiles/spanish.md').experience[0]).toMatchObject({
      title: 'Ingeniera',
      organization: 'Acme',
    });
  });
});

describe('a job list under a heading that does not say "experience"', () => {
  const entries = parsed('test/fixtures/real-patterns/work-role-headings.md').experience;

  it('reads "### Role — Company (dates)" sub-headings as entries with their bullets', () => {
    expect(entries.map((e) => [e.title, e.organization, e.period])).toEqual([
      ['Senior Backend Engineer', 'Quillpay', '2021 – now'],
      ['Software Engineer', 'Mercado Azul', '2017 – 2021'],
    ]);
    expect(entries[1]?.highlights).toEqual(['Maintained the card authorization gateway']);
  });

  it("lets search find what a job entry's bullets say", () => {
    const index = createProfileIndex([parsed('test/fixtures/real-patterns/work-role-headings.md')]);
    const [hit] = index.search('card authorization gateway', { limit: 1 });
    expect(hit?.section.title).toBe('Software Engineer — Mercado Azul (2017 – 2021)');
  });

  it('never reads dated talks or projects as jobs', () => {
    expect(entries.some((e) => /GopherCon|PyCon|Tiny Ledger/.test(e.text))).toBe(false);
  });
});
