// resumePlace: the place a JSON Resume's basics.location names, as a reader would say it ("Richmond, VA").
import { countryOfCode } from '../vocabulary/place-countries.js';
import type { JsonResume } from './json-resume-schema.js';

type Location = NonNullable<JsonResume['basics']['location']>;

/** "Richmond, VA 23223": a US-style town, state and postal code; the code is left out. */
const TOWN_STATE_ZIP = /^([^\d,]{2,40}, [A-Z]{2}) \d{5}(?:-\d{4})?$/;

/**
 * City, region and country (the country's name before its code, a code read as its name: "US" → "United States"). Without a city or region, an address
 * that names only a place ("France", "Richmond, VA 23223") stands for it; a street address never does.
 */
export function resumePlace(location: Location | undefined): string {
  if (!location) return '';
  const { city, region, countryCode, country, address } = location;
  const town = city || region ? city : addressPlace(address?.trim() ?? '');
  const parts = [
    town,
    region,
    country || (countryCode && (countryOfCode(countryCode) ?? countryCode)),
  ].filter((p): p is string => Boolean(p?.trim()));
  return [...new Set(parts)].join(', ');
}

/** Words of a street: an address with one is where someone lives, not a place to tell. */
const STREET =
  /\b(?:street|st|road|rd|avenue|ave|lane|drive|blvd|boulevard|rua|calle|avenida|rue|strasse|via)\b/i;

function addressPlace(address: string): string | undefined {
  if (!address || address.length > 60 || STREET.test(address)) return undefined;
  if (!/\d/.test(address)) return address.split(' ').length <= 4 ? address : undefined;
  return TOWN_STATE_ZIP.exec(address)?.[1];
}
