// Phone numbers written in a national style, with the country code in parentheses ("(+34) 600 123 456"),
// are phones like "+34 600 123 456", in a JSON Resume basics.phone and after a "Phone:" label alike.

import { describe, expect, it } from 'vitest';
import { parsed } from './extract-helpers.js';

const dir = 'test/fixtures/contact-classes-9';
const phones = (file: string): string[] =>
  parsed(`${dir}/${file}`)
    .contacts.filter((c) => c.kind === 'phone')
    .map((c) => c.value);

describe('a phone with its country code in parentheses', () => {
  it('is read from a JSON Resume basics.phone', () => {
    expect(phones('national-phone.json')).toEqual(['(+34) 600 123 456']);
  });

  it('is read after a "Phone:" label, next to the plain international style', () => {
    expect(phones('national-phone.md')).toEqual(
      expect.arrayContaining(['(+44) 20 7946 0958', '+44 7700 900123']),
    );
  });
});
