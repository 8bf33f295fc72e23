// createPhoneRedactor: hides a profile's private phone numbers in a number-like token however the number
// is written: spaced or not, with "+" or "00", with a trunk "(0)", without its country code, or inside a
// longer run of digits.
import { endRun } from './url-key.js';

// Separators include the typographic dashes (U+2010–U+2015) and the minus sign people space numbers with.
export const PHONE_TOKEN = /(?<![\w+])\+?\(?\d[\d\s()./\u2010-\u2015\u2212-]{5,40}\d/g;
/** Private phones checked inside longer runs of digits; past this, only whole numbers (a hostile file). */
const MAX_PHONES_SCANNED = 50;

/** `phones`: the private numbers' digits. The redactor replaces each private number in a PHONE_TOKEN
 *  match with `mark`, keeping what is not one. */
export function createPhoneRedactor(phones: ReadonlySet<string>, mark: string): (token: string) => string {
  const scannedPhones = [...phones].slice(0, MAX_PHONES_SCANNED);
  // Each private number's forms (itself, "+44 (0)20…", "0044 20…"): at most five each.
  const phoneForms = new Set([...phones].flatMap(internationalForms));

  /** The number written without its country code: "555-010-0199" for +1 555 010 0199, "020 7946 0958"
   *  (a trunk 0) for +44 20 7946 0958. At least 7 digits, and at most 3 left out. */
  const isNationalForm = (digits: string): boolean => {
    const national = digits.startsWith('0') ? digits.slice(1) : digits;
    if (national.length < 7) return false;
    return scannedPhones.some(
      (phone) =>
        phone.length > national.length && phone.length - national.length <= 3 && phone.endsWith(national),
    );
  };

  const redactPhone = (token: string): string => {
    const digits = token.replace(/\D/g, '');
    if (internationalForms(digits).some((f) => phoneForms.has(f)) || isNationalForm(digits)) return mark;
    for (const phone of scannedPhones) {
      const at = digits.indexOf(phone);
      if (at < 0) continue;
      // Map the digit range back onto the token's characters, separators between them included.
      const positions = [...token.matchAll(/\d/g)].map((m) => m.index);
      const start = positions[at]!;
      const end = positions[at + phone.length - 1]! + 1;
      const before = token.slice(0, endRun(token.slice(0, start), '+('));
      return `${before}${mark}${redactPhone(token.slice(end))}`;
    }
    return token;
  };
  return redactPhone;
}

/** A number's digits, also without "00" for "+" ("0044 20…") and without a trunk "(0)" after a country
 *  code of 1–3 digits ("+44 (0)20…"): numbers sharing a form differ only in those zeros, one number. */
function internationalForms(digits: string): string[] {
  const plus = digits.startsWith('00') ? digits.slice(2) : digits;
  const forms = plus === digits ? [digits] : [digits, plus];
  for (let at = 1; at <= 3; at++) if (plus[at] === '0') forms.push(plus.slice(0, at) + plus.slice(at + 1));
  return forms;
}
