// A role on a named team ("Engineer on the Tessel Atlas team", "… on the Payments team at Brightwave").
import { describe, expect, it } from 'vitest';
import { teamMembership } from '../../../src/profiles/extract/team-membership.js';

const orgs = (text: string) => teamMembership(text, 1).map((e) => e.organization);

describe('a role on a named team', () => {
  it('reads the team name, which starts with the company, when no company follows', () => {
    expect(orgs('💼 AI Deployment Engineer on the Tessel Atlas team')).toEqual(['Tessel Atlas']);
  });

  it('reads the company after "at" or "of" rather than the team', () => {
    expect(orgs('Software engineer on the Payments team at Brightwave.')).toEqual(['Brightwave']);
    expect(orgs('Research scientist in the Vision team of Korrin Labs')).toEqual(['Korrin Labs']);
  });

  it('reads no employer from a department or a lowercase team', () => {
    expect(orgs('Software engineer on the platform team.')).toEqual([]);
    expect(orgs('Developer on the Developer Relations team')).toEqual([]);
    expect(orgs('I play on the chess team')).toEqual([]);
  });
});
