// employmentTypeLine: a job line copied from LinkedIn — "Software Engineer · Finloop · Full-time" — the
// title, the company, then the kind of employment LinkedIn always names.
import type { Experience } from '../model/profile.js';
import { parsePeriod } from './parse-period.js';

const LINE =
  /^[^\p{L}]{0,6}([^·•|]{2,60}?)\s{1,3}[·•|]\s{1,3}([^·•|]{2,60}?)\s{1,3}[·•|]\s{1,3}(?:full[- ]time|part[- ]time|contract|internship|freelance|self[- ]employed|apprenticeship|seasonal|temporary|tempo integral|meio período|estágio|jornada completa|prácticas|vollzeit|teilzeit|praktikum|cdi|cdd|stage|alternance|temps plein)(?![\p{L}])/iu;

export function employmentTypeLine(
  text: string,
  line: number | null,
  isRole: (title: string) => boolean,
): Experience[] {
  const m = text.length <= 200 ? LINE.exec(text) : null;
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
