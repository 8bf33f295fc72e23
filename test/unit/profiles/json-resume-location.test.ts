import { describe, expect, it } from 'vitest';
import { parsed } from './extract-helpers.js';

describe('JSON Resume basics.location', () => {
  it('becomes a Location section saying where they are based (city, region, country code)', () => {
    const profile = parsed('test/fixtures/role-classes/lotte-brandt.json');
    const location = profile.sections.find((s) => s.title === 'Location');
    expect(location?.text).toBe('Based in Rotterdam, Netherlands');
  });

  it('adds no Location section when the resume gives no place', () => {
    const profile = parsed('test/fixtures/real-patterns/resume-soft-skills.json');
    expect(profile.sections.some((s) => s.title === 'Location')).toBe(false);
  });
});

describe('JSON Resume basics.location given only as an address', () => {
  it('reads an address that is only a place name as where they are based', () => {
    const profile = parsed('test/fixtures/facts-11/nadia-ferreira.json');
    expect(profile.sections.find((s) => s.title === 'Location')?.text).toBe('Based in Porto Alegre, Brazil');
  });

  it('reads a US town, state and postal code as the town and state, without the code', () => {
    const profile = parsed('test/fixtures/facts-11/owen-marsh.json');
    expect(profile.sections.find((s) => s.title === 'Location')?.text).toBe(
      'Based in Dayton, OH, United States',
    );
  });
});
