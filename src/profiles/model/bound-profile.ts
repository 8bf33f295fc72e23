// boundProfile: caps what one file can make of a profile, before validation copies it. A fact may share a
// long string with many others (each of 4,000 skills on one 40 KB line had that line as evidence): every
// copy (validation's salvage, compaction, the parse cache) then grew with count × length, 300 MB and a
// crash for 77 KB of input. Caps sit far above any real profile's (measured on 304 real files: 76 skills,
// 17 contacts, 21 sections, 87 items, evidence up to 228 characters); what is cut is said in a warning.
import { capShortFields } from './cap-short-fields.js';
import { capTitle, MAX_TITLE } from './cap-title.js';
import type { ParseWarning, Profile, Skill } from './profile.js';

export const PROFILE_CAPS = {
  skills: 1000,
  contacts: 200,
  experience: 200,
  highlights: 200,
  certifications: 200,
  sections: 1000,
  items: 2000,
  links: 2000,
  aliases: 50,
  warnings: 200,
  /** Characters of a skill's evidence: a window around the skill's name in a longer line. */
  evidence: 500,
} as const;

/** How far into a long evidence text the skill's name is looked for (bounds the cost per skill). */
const EVIDENCE_SEARCH = 20_000;

/**
 * A window of `evidence` of at most PROFILE_CAPS.evidence characters around `name`, cut at spaces.
 * `lower` gives the lower-cased start of an evidence text (many skills share one line: lower it once).
 */
function clipEvidence(
  evidence: string,
  name: string,
  lower = (text: string) => text.slice(0, EVIDENCE_SEARCH).toLowerCase(),
): string {
  const max = PROFILE_CAPS.evidence;
  if (evidence.length <= max) return evidence;
  const found = lower(evidence).indexOf(name.toLowerCase());
  let start = found < 0 ? 0 : Math.max(0, found - Math.floor((max - name.length) / 2));
  let end = Math.min(evidence.length, start + max - 2);
  if (start > 0) {
    const space = evidence.indexOf(' ', start);
    if (space >= 0 && space < (found < 0 ? end : found)) start = space + 1;
  }
  if (end < evidence.length) {
    const space = evidence.lastIndexOf(' ', end);
    if (space > Math.max(start, found + name.length)) end = space;
  }
  return `${start > 0 ? '…' : ''}${evidence.slice(start, end).trim()}${end < evidence.length ? '…' : ''}`;
}

const count = (n: number) => n.toLocaleString('en-US');
// Validation comes after: a title may still be of another type here.
const long = (text: unknown) => typeof text === 'string' && text.length > MAX_TITLE;
const capText = <T>(text: T): T => (typeof text === 'string' ? (capTitle(text) as T) : text);

/** `profile` within PROFILE_CAPS (the same object when nothing is over), with a warning per cut. */
export function boundProfile(read: Profile): Profile {
  const cut: ParseWarning[] = [];
  const note = (message: string) => cut.push({ code: 'too-many', message, line: null });
  const short = capShortFields(read);
  const profile = short.profile;
  if (short.cut > 0)
    cut.push({
      code: 'content-cut',
      message: `cut ${count(short.cut)} names, titles or skills to ${MAX_TITLE} characters`,
      line: null,
    });
  const keep = <T>(list: T[], cap: number, what: string): T[] => {
    if (list.length <= cap) return list;
    note(`kept the first ${count(cap)} of ${count(list.length)} ${what}`);
    return list.slice(0, cap);
  };
  let clipped = false;
  const lowered = new Map<string, string>();
  const lower = (text: string) => {
    const known = lowered.get(text);
    if (known !== undefined) return known;
    const low = text.slice(0, EVIDENCE_SEARCH).toLowerCase();
    lowered.set(text, low);
    return low;
  };
  const skills = keep(profile.skills, PROFILE_CAPS.skills, 'skills').map((skill: Skill) => {
    // Validation comes after: a field may still be missing here.
    if (typeof skill.evidence !== 'string' || typeof skill.name !== 'string') return skill;
    const evidence = clipEvidence(skill.evidence, skill.name, lower);
    const category = capText(skill.category);
    if (evidence === skill.evidence && category === skill.category) return skill;
    clipped = true;
    return { ...skill, evidence, category };
  });
  const over = { items: 0, links: 0, highlights: 0 };
  const sections = keep(profile.sections, PROFILE_CAPS.sections, 'sections').map((s) => {
    // A title is repeated wherever the section is named (a JSON Resume job's is its whole entry line).
    if (long(s.title) || long(s.rawTitle)) {
      clipped = true;
      s = { ...s, title: capText(s.title), rawTitle: capText(s.rawTitle) };
    }
    if (s.items.length <= PROFILE_CAPS.items && s.links.length <= PROFILE_CAPS.links) return s;
    over.items += Math.max(0, s.items.length - PROFILE_CAPS.items);
    over.links += Math.max(0, s.links.length - PROFILE_CAPS.links);
    return { ...s, items: s.items.slice(0, PROFILE_CAPS.items), links: s.links.slice(0, PROFILE_CAPS.links) };
  });
  const experience = keep(profile.experience, PROFILE_CAPS.experience, 'experience entries').map((e) => {
    if (e.highlights.length <= PROFILE_CAPS.highlights) return e;
    over.highlights += e.highlights.length - PROFILE_CAPS.highlights;
    return { ...e, highlights: e.highlights.slice(0, PROFILE_CAPS.highlights) };
  });
  if (over.items)
    note(`left out ${count(over.items)} list items past ${count(PROFILE_CAPS.items)} in a section`);
  if (over.links) note(`left out ${count(over.links)} links past ${count(PROFILE_CAPS.links)} in a section`);
  if (over.highlights)
    note(`left out ${count(over.highlights)} highlights past ${count(PROFILE_CAPS.highlights)} in an entry`);
  const aliases = keep(profile.aliases, PROFILE_CAPS.aliases, 'aliases');
  const contacts = keep(profile.contacts, PROFILE_CAPS.contacts, 'contacts');
  const certifications = keep(profile.certifications, PROFILE_CAPS.certifications, 'certifications');
  if (cut.length === 0 && !clipped && profile.warnings.length <= PROFILE_CAPS.warnings) return profile;
  let warnings = [...profile.warnings, ...cut];
  if (warnings.length > PROFILE_CAPS.warnings) {
    // The notes of what was cut stay (a handful at most); the file's own warnings make room for them.
    const own = profile.warnings.slice(0, PROFILE_CAPS.warnings - cut.length - 1);
    const overflow = `kept the first ${count(own.length)} of ${count(profile.warnings.length)} warnings`;
    warnings = [...own, ...cut, { code: 'too-many', message: overflow, line: null }];
  }
  return { ...profile, aliases, skills, contacts, experience, certifications, sections, warnings };
}
