// The table of places read as a reader would: other scripts and languages, ISO and US state codes, cities a
// country holds, and a nationality that is no place.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { placeNames, withStateNames } from '../../../src/engine/place-names.js';
import { countryOfCode } from '../../../src/profiles/vocabulary/place-countries.js';
import { expectKind, loadTestEngine, ROOT, type TestEngine } from './load-test-engine.js';

let t: TestEngine;
beforeAll(async () => {
  t = await loadTestEngine(join(ROOT, 'test/fixtures/place-15'));
});

const listed = (line: string) =>
  (expectKind(t.ask(line), 'people').data.people ?? []).map((p) => p.personId).sort();

describe('places the table knows', () => {
  it('reads a byline in Cyrillic as the country and city it names', () => {
    expect(listed('who lives in georgia')).toEqual(['nino-beridze']);
    expect(listed('quién vive en batumi?')).toEqual(['nino-beridze']);
    expect(listed('кто живёт в грузии')).toEqual(['nino-beridze']);
    expect(listed('who is in russia')).toEqual([]);
  });

  it("reads a JSON Resume's region code and country code", () => {
    expect(listed('who is in oregon')).toEqual(['hazel-quinn']);
    expect(listed('who is in the pacific northwest')).toEqual(['hazel-quinn']);
    expect(listed('who is based in the us')).toEqual(['hazel-quinn']);
    expect(countryOfCode('us')).toBe('United States');
    expect(countryOfCode('ZZ')).toBeUndefined();
  });

  it('never reads a country code after a foreign city as a US state', () => {
    expect(listed('who is in delaware')).toEqual([]);
    expect(withStateNames('Hamburg, DE')).toBe('Hamburg, DE');
    expect(withStateNames('Springfield, IL 62701')).toBe('Springfield, IL (Illinois) 62701');
  });

  it("reads a code that is also a country's as a state only after a US town or before a ZIP code", () => {
    expect(withStateNames('📍 Vellore, IN')).toBe('📍 Vellore, IN');
    expect(withStateNames('Kitchener, CA')).toBe('Kitchener, CA');
    expect(withStateNames('Oakland, CA')).toBe('Oakland, CA (California)');
    expect(withStateNames('Hillsboro, OR')).toBe('Hillsboro, OR (Oregon)');
    expect(listed('who is in indiana')).toEqual([]);
  });

  it('never reads a code after a known town of another state as that state ("Los Angeles, LA")', () => {
    expect(withStateNames('📍 Los Angeles, LA')).toBe('📍 Los Angeles, LA');
    expect(withStateNames('Based in San Francisco, NY & remote')).toBe('Based in San Francisco, NY & remote');
    expect(withStateNames('New Orleans, LA')).toBe('New Orleans, LA (Louisiana)');
    expect(withStateNames('Brooklyn, NY')).toBe('Brooklyn, NY (New York State)');
    // A town the table knows in several states ("portland me", "salem or") keeps the code it is given.
    expect(withStateNames('Portland, ME')).toBe('Portland, ME (Maine)');
    expect(withStateNames('Rochester, MN')).toBe('Rochester, MN (Minnesota)');
  });

  it('never places someone by their own name or an employer named after a town', () => {
    // Georgia Lane's headline names only her; Aarav works at Wells Fargo from Vellore, IN.
    expect(listed('who is based in the us')).toEqual(['hazel-quinn']);
    expect(listed('who is in north dakota')).toEqual([]);
    // "Tbilisi, Georgia" is the country: the state's name alone is no US place.
    expect(placeNames('united states')).toContain('atlanta');
    expect(placeNames('united states')).not.toContain('georgia');
  });

  it('finds a city of the country asked, and never a nationality', () => {
    expect(listed('who is in germany')).toEqual(['lukas-brenner']);
    expect(placeNames('alemania')).toContain('bremerhaven');
  });

  it("reads a region's countries by their own places, never a US state of the same name", () => {
    expect(placeNames('caucasus')).toContain('tbilisi');
    expect(placeNames('caucasus')).not.toContain('atlanta');
    expect(placeNames('georgia')).toEqual(expect.arrayContaining(['tbilisi', 'atlanta']));
  });

  it('places a student now where their school is', () => {
    expect(listed('anyone in mexico?')).toEqual(['valeria-ortiz']);
  });
});
