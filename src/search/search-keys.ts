// Search keys, weights and thresholds in one place: what fuse.js ranks on, and how strict each search is.

export const PERSON_KEYS = [
  { name: 'name', weight: 3 },
  { name: 'handle', weight: 2 },
  { name: 'aliases', weight: 2 },
  { name: 'id', weight: 1 },
];

export const SECTION_KEYS = [
  { name: 'title', weight: 2 },
  { name: 'text', weight: 1 },
  { name: 'items', weight: 1 },
];

/** Fuse's bitap search costs pattern × text: no name, skill or section is longer, so longer input is cut. */
export const FUSE_PATTERN_MAX = 64;
/**
 * How much of one section (or, for a description, of one profile) an answer reads: real sections are under
 * 16 KB and whole profiles under 20 KB, while a 1 MiB profile of one giant section made a description or
 * search question fold and bitap-scan megabytes (15 s over twenty such profiles). The token index still
 * finds words anywhere; only ranking, phrases and snippets read this much.
 */
export const ANSWER_TEXT_MAX = 16_000;
/**
 * fuse.js ranks on this much of a section's text (its cost is text × pattern), and the phrase bonus looks
 * this far: the words' coverage, from the whole section, does the rest.
 */
export const FUSE_TEXT_MAX = 1_500;

/** fuse.js score (0 = perfect) above which a candidate is not a match. Skills are read by edit
 * distance instead (a trigram-prefiltered vocabulary, see skill-search.ts). */
export const FUSE_THRESHOLD = { person: 0.45, section: 0.45, search: 0.5 } as const;

/** Two people whose scores differ by less than this are ambiguous: we ask instead of picking. */
export const AMBIGUITY_MARGIN = 0.1;

/** How many candidates the token/trigram prefilter hands to fuse.js. */
export const CANDIDATES = { person: 50, search: 60 } as const;

/** whoknows scores by the kind of evidence: a listed skill beats a fuzzy one beats a prose mention. */
export const EVIDENCE_SCORE = { exactSkill: 1, fuzzySkill: 0.8, prose: 0.5 } as const;
