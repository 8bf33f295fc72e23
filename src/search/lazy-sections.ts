// createLazySections: the full-text index of sections and the count of section titles in use, built up
// front or (`lazy`, for one answer) on first use from the current profiles; createProfileIndex owns them.
import type { Profile } from '../profiles/model/profile.js';
import { sectionTitles } from './resolve-section.js';
import { createSectionIndex } from './section-search.js';

export function createLazySections(profiles: ReadonlyMap<string, Profile>, lazy: boolean | undefined) {
  let built: ReturnType<typeof createSectionIndex> | null = lazy ? null : createSectionIndex();
  const sectionIndex = () => {
    if (!built) {
      built = createSectionIndex();
      for (const profile of profiles.values()) built.add(profile);
    }
    return built;
  };
  // Changes reach the section index only once it exists (it is built from the current profiles).
  const sections = {
    add: (profile: Profile) => built?.add(profile),
    remove: (profile: Profile) => built?.remove(profile),
  };
  // Section titles by how many use them, for section autocomplete without a person (lazy like sections).
  let titleCounts: Map<string, number> | null = lazy ? null : new Map();
  const countTitles = (profile: Profile, delta: number) => {
    if (!titleCounts) return;
    for (const title of sectionTitles(profile)) {
      const count = (titleCounts.get(title) ?? 0) + delta;
      if (count > 0) titleCounts.set(title, count);
      else titleCounts.delete(title);
    }
  };
  const counted = () => {
    if (!titleCounts) {
      titleCounts = new Map();
      for (const profile of profiles.values()) countTitles(profile, 1);
    }
    return titleCounts;
  };
  return { sectionIndex, sections, countTitles, counted };
}
