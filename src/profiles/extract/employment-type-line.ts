// employmentTypeLine: a job line copied from LinkedIn — "Software Engineer · Finloop · Full-time" — the
// title, the company, then the kind of employment LinkedIn always names.
import type { Experience } from '../model/profile.js';
import { parsePeriod } from './parse-period.js';

/** The kinds of employment LinkedIn names after the company, in the languages profiles are written in. */
export const EMPLOYMENT_TYPES =
  'full[- ]time|part[- ]time|contract|contractor|internship|freelance|self[- ]employed|apprenticeship|seasonal|temporary|permanent|tiempo completo|jornada completa|medio tiempo|tempo integral|meio per[íi]odo|est[áa]gio|pr[áa]cticas|vollzeit|teilzeit|praktikum|werkstudent|cdi|cdd|stage|alternance|temps plein|temps partiel';

const LINE = new RegExp(
  `^[^\\p{L}]{0,6}([^·•|]{2,60}?)\\s{1,3}[·•|]\\s{1,3}([^·•|]{2,60}?)\\s{1,3}[·•|]\\s{1,3}(?:${EMPLOYMENT_TYPES})(?![\\p{L}])`,
  'iu',
);

const SEPARATORS = ['·', '•', '|'];
/** LINE needs two of "·", "•", "|" (most lines have none): found by indexOf, before LINE's costly scan. */
function twoSeparators(text: string): boolean {
  let seen = 0;
  for (const mark of SEPARATORS)
    for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) if (++seen === 2) return true;
  return false;
}

export function employmentTypeLine(
  text: string,
  line: number | null,
  isRole: (title: string) => boolean,
): Experience[] {
  const m = text.length <= 200 && twoSeparators(text) ? LINE.exec(text) : null;
  if (!m || !isRole(m[1]!) || isRole(m[2]!)) return [];
  const title = m[1]!.trim();
  const organization = m[2]!.trim();
  return [
    {
      text: text.trim(),
      title,
      organization,
      period: parsePeriod(text)?.period ?? null,
      highlights: [],
      line,
    },
  ];
}
