// capShortFields: the fields that name something (a person, a skill, a job title, an employer, a
// certificate) cut to MAX_TITLE characters, and a headline or an experience entry's line to MAX_ENTRY. The markdown
// reader never makes long names, but a JSON Resume says them outright: a 900,000-character basics.name made
// 2.7 MB answers and cost every name look-up and completion ~25-80 ms; a 400,000-character job made
// "who works at acme" carry it whole.
import { capTitle, MAX_TITLE } from './cap-title.js';
import type { Certification, Experience, Profile, Skill } from './profile.js';

/** A headline or an entry's whole line: the longest of 109 real entries is 507 characters. */
const MAX_ENTRY = 2000;

// Validation comes after: a field may still be of another type here.
const long = (text: unknown): text is string => typeof text === 'string' && text.length > MAX_TITLE;
const cap = <T>(text: T): T => (long(text) ? (capTitle(text) as T) : text);
const anyLong = (...texts: unknown[]) => texts.some(long);

/** Each capped name-like field, with how many were cut; the same objects where nothing was over. */
export function capShortFields(profile: Profile): { profile: Profile; cut: number } {
  let cut = 0;
  const each = <T>(list: T[], over: (item: T) => boolean, capped: (item: T) => T): T[] => {
    if (!Array.isArray(list) || !list.some(over)) return list;
    return list.map((item) => {
      if (!over(item)) return item;
      cut++;
      return capped(item);
    });
  };
  const skills = each(
    profile.skills,
    (s: Skill) => anyLong(s?.name),
    (s) => ({ ...s, name: cap(s.name) }),
  );
  const experience = each(
    profile.experience,
    (e: Experience) =>
      anyLong(e?.title, e?.organization, e?.period) ||
      (typeof e?.text === 'string' && e.text.length > MAX_ENTRY),
    (e) => ({
      ...e,
      text: typeof e.text === 'string' ? capTitle(e.text, MAX_ENTRY) : e.text,
      title: cap(e.title),
      organization: cap(e.organization),
      period: cap(e.period),
    }),
  );
  const certifications = each(
    profile.certifications,
    (c: Certification) => anyLong(c?.name, c?.issuer),
    (c) => ({ ...c, name: cap(c.name), issuer: cap(c.issuer) }),
  );
  const aliases = each(profile.aliases, long, capTitle);
  const headline =
    typeof profile.headline === 'string' ? capTitle(profile.headline, MAX_ENTRY) : profile.headline;
  const own =
    [profile.name, profile.pronouns, profile.handle].filter(long).length +
    (headline === profile.headline ? 0 : 1);
  cut += own;
  if (cut === 0) return { profile, cut };
  return {
    profile: {
      ...profile,
      name: cap(profile.name),
      headline,
      pronouns: cap(profile.pronouns),
      handle: cap(profile.handle),
      aliases,
      skills,
      experience,
      certifications,
    },
    cut,
  };
}
