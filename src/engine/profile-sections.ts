// Reading a profile's section tree the way people see it: the main sections under the name heading.
import type { Profile, Section, SectionKind } from '../profiles/model/profile.js';

/**
 * The sections a reader would call "the sections": level-2 headings when the file has one
 * level-1 title heading (a README's "# Hi, I'm …"), else the top-most headings. Untitled preambles
 * are never listed.
 */
export function mainSections(profile: Profile): Section[] {
  const titled = profile.sections.filter((s) => s.title && s.level > 0);
  if (titled.length === 0) return [];
  const ones = titled.filter((s) => s.level === 1);
  const twos = titled.filter((s) => s.level === 2);
  if (ones.length <= 1 && twos.length > 0) return twos;
  const top = Math.min(...titled.map((s) => s.level));
  return titled.filter((s) => s.level === top);
}

/** Title of the first main section of a kind ("Core Skills"), for footers; null when none. */
export function firstSectionOfKind(profile: Profile, kind: SectionKind): string | null {
  const main = mainSections(profile).find((s) => s.kind === kind);
  if (main) return main.title;
  return profile.sections.find((s) => s.kind === kind && s.title)?.title ?? null;
}

/** Direct children of a section, in order. */
export function childSections(profile: Profile, section: Section): Section[] {
  return profile.sections.filter((s) => s.parentId === section.id);
}
