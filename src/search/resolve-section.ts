// resolveSection: a section of one profile by its kind ("values", "certs") or by fuzzy title.
import Fuse from 'fuse.js';
import type { Profile, Section, SectionKind } from '../profiles/model/profile.js';
import { foldText } from '../text/fold-text.js';
import { AMBIGUITY_MARGIN, FUSE_PATTERN_MAX, FUSE_THRESHOLD } from './search-keys.js';
import type { Resolution } from './search-types.js';

const KIND_WORDS: Record<string, SectionKind> = {
  about: 'about',
  bio: 'about',
  intro: 'about',
  skills: 'skills',
  skill: 'skills',
  stack: 'skills',
  tech: 'skills',
  contact: 'contact',
  contacts: 'contact',
  experience: 'experience',
  exp: 'experience',
  work: 'experience',
  jobs: 'experience',
  projects: 'projects',
  project: 'projects',
  focus: 'focus',
  goals: 'focus',
  values: 'values',
  value: 'values',
  principles: 'values',
  certifications: 'certifications',
  certification: 'certifications',
  certs: 'certifications',
  cert: 'certifications',
  education: 'education',
  interests: 'interests',
  hobbies: 'interests',
};

/** Words for what a person did, answered by the first kind of section the profile has. */
const KIND_FALLBACKS: Record<string, readonly SectionKind[]> = {
  background: ['experience', 'about'],
};

/** Titled sections, outermost first (the title heading that names the person is skipped when others exist). */
export function sectionTitles(profile: Profile): string[] {
  return [...new Set(profile.sections.map((s) => s.title).filter((t) => t && t !== profile.name))];
}

export function resolveSection(profile: Profile, query: string): Resolution<Section> {
  const folded = foldText(query);
  const titled = profile.sections.filter((s) => s.title);
  if (!folded) return { status: 'not_found', suggestions: titled.slice(0, 5) };
  const exact = titled.find((s) => foldText(s.title) === folded);
  if (exact) return { status: 'found', value: exact, score: 1 };
  const kinds = KIND_FALLBACKS[folded] ?? [KIND_WORDS[folded]];
  const kind = kinds.find((k) => k && titled.some((s) => s.kind === k)) ?? kinds[0];
  if (kind) {
    const ofKind = titled.filter((s) => s.kind === kind);
    const outermost = Math.min(...ofKind.map((s) => s.level));
    const top = ofKind.filter((s) => s.level === outermost);
    if (top.length === 1) return { status: 'found', value: top[0]!, score: 1 };
    if (top.length > 1) return { status: 'ambiguous', candidates: top };
    // A kind the profile has no section of: say so rather than fuzzy-match "certs" to "Concerns".
    return { status: 'not_found', suggestions: titled.filter((s) => s.level <= 2).slice(0, 5) };
  }
  const fuse = new Fuse(titled, {
    keys: ['title'],
    includeScore: true,
    ignoreLocation: true,
    threshold: FUSE_THRESHOLD.section,
  });
  const hits = fuse.search(query.slice(0, FUSE_PATTERN_MAX));
  const [best, second] = hits;
  if (!best) {
    const named = byAskedWords(titled, folded);
    if (named) return { status: 'found', value: named, score: 0.8 };
    return { status: 'not_found', suggestions: titled.filter((s) => s.level <= 2).slice(0, 5) };
  }
  const bestScore = 1 - (best.score ?? 1);
  if (
    second &&
    bestScore - (1 - (second.score ?? 1)) < AMBIGUITY_MARGIN &&
    foldText(second.item.title) !== foldText(best.item.title)
  ) {
    return {
      status: 'ambiguous',
      candidates: hits.filter((h) => bestScore - (1 - (h.score ?? 1)) < AMBIGUITY_MARGIN).map((h) => h.item),
    };
  }
  return { status: 'found', value: best.item, score: bestScore };
}

/** Words that name the same kind of section ("notable achievements" finds "Awards" or "Notable"). */
const SYNONYMS: readonly (readonly string[])[] = [
  ['achievements', 'achievement', 'awards', 'honors', 'honours', 'recognition', 'accomplishments', 'notable'],
  ['talks', 'speaking', 'conferences', 'presentations', 'media'],
  ['publications', 'papers', 'research', 'articles', 'writing'],
];

/**
 * The one section whose whole title is among the asked words ("notable achievements" → "Notable"),
 * else the one whose title holds a word of the same kind as an asked one; undefined when not one.
 */
function byAskedWords(titled: readonly Section[], folded: string): Section | undefined {
  const asked = new Set(folded.split(' '));
  const within = titled.filter((s) => {
    const words = foldText(s.title).split(' ');
    return words.length > 0 && words.every((w) => asked.has(w));
  });
  if (within.length === 1) return within[0];
  const kin = new Set(SYNONYMS.filter((group) => group.some((w) => asked.has(w))).flat());
  if (kin.size === 0) return undefined;
  const related = titled.filter((s) =>
    foldText(s.title)
      .split(' ')
      .some((w) => kin.has(w)),
  );
  return related.length === 1 ? related[0] : undefined;
}
