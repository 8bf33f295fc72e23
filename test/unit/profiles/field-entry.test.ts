// Experience lines written as separated fields: company first, then role, place and a year last.
import { describe, expect, it } from 'vitest';
import { fieldEntry } from '../../../src/profiles/extract/field-entry.js';
import { parsed } from './extract-helpers.js';

describe('experience lines of separated fields', () => {
  it('reads the company before its bracketed parent, the role and the final years', () => {
    expect(
      fieldEntry(
        'Larkspur Systems (A Brightwater company, Orion group) · Automation, placement · Porto · 2023–2024<br>',
      ),
    ).toEqual({ organization: 'Larkspur Systems', title: 'Automation, placement', period: '2023–2024' });
    expect(fieldEntry('Quillon | IT technician | 2021')).toEqual({
      organization: 'Quillon',
      title: 'IT technician',
      period: '2021',
    });
  });

  it('reads no entry without a year as the last field or with a sentence as the first', () => {
    expect(fieldEntry('Quillon · IT technician · Porto')).toBeNull();
    expect(fieldEntry('I spent many happy years there and learned a lot · 2021')).toBeNull();
    expect(fieldEntry('2021')).toBeNull();
  });

  it('lists both employers of an experience section written that way, even when no role word is in them', () => {
    const orgs = parsed('test/fixtures/names7/iris-vale.md').experience.map((e) => e.organization);
    expect(orgs).toContain('Larkspur Systems');
    expect(orgs).toContain('Quillon');
  });
});
