// Experience entries written as a bold "role — employer" line over a dates-and-place line with bullets
// below, and dated commit logs whose repository names hold a role word, which are no jobs.
import { describe, expect, it } from 'vitest';
import { parsed } from './extract-helpers.js';

const file = 'test/fixtures/experience-12/imani-castellanos.md';

describe('a bold role line over a line of dates and place', () => {
  it('reads one entry with the role, the employer and the dates, not the place as a job', () => {
    const [entry, ...rest] = parsed(file).experience;
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      title: 'Backend Engineer Intern',
      organization: 'Ferrovia Labs',
      period: 'Jun 2024 – Dec 2024',
    });
  });

  it('keeps the bullets below the entry as its highlights', () => {
    expect(parsed(file).experience[0]?.highlights).toEqual([
      'Wrote the ledger reconciliation worker in Go',
      'Cut nightly batch time from 40 to 9 minutes',
      'Added contract tests for the settlement API',
    ]);
  });
});

describe('a dated commit log', () => {
  it('reads no job from a repository name in a code span ("`ledger-manager`")', () => {
    const orgs = parsed(file).experience.map((e) => e.organization);
    expect(orgs).not.toContain('2025-03-02');
    expect(orgs).toEqual(['Ferrovia Labs']);
  });
});
