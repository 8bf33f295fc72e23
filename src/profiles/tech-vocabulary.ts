// lookupTechnology, technologyFromSlug: the technology vocabulary (simple-icons, devicon, linguist, hand aliases).
// The compact generated JSON is read on first use, not at import, so start-up does not pay for it.
import { createRequire } from 'node:module';
import { foldTechKey, type TechKind, type VocabularyEntry } from './vocabulary/vocabulary-format.js';

export type { TechKind } from './vocabulary/vocabulary-format.js';
export { foldTechKey } from './vocabulary/vocabulary-format.js';

export interface Technology {
  /** Canonical display name ("Node.js"). */
  name: string;
  /** simple-icons slug, as in shields.io `logo=` and cdn.simpleicons.org ("nodedotjs"). */
  slug?: string;
  /** Other spellings ("node", "nodejs"). */
  aliases: readonly string[];
  /** language (GitHub linguist), tool (devicon or hand table), brand (simple-icons only), platform (contact/social site). */
  kind?: TechKind;
  /** True when the hand table or two packages know it: safe to read out of prose. */
  wellKnown: boolean;
}

interface Tables {
  byKey: Map<string, Technology>;
  bySlug: Map<string, Technology>;
}

let tables: Tables | null = null;

function load(): Tables {
  const require = createRequire(import.meta.url);
  const { entries } = require('./vocabulary/technologies.json') as { entries: VocabularyEntry[] };
  const byKey = new Map<string, Technology>();
  const bySlug = new Map<string, Technology>();
  for (const entry of entries) {
    const tech: Technology = {
      name: entry.n,
      aliases: entry.a ?? [],
      kind: entry.k,
      wellKnown: entry.w === 1,
    };
    if (entry.s) tech.slug = entry.s;
    // The build step already gave every spelling to one owner; the first claim wins here too.
    for (const spelling of [entry.n, ...(entry.a ?? [])]) {
      const key = foldTechKey(spelling);
      if (key && !byKey.has(key)) byKey.set(key, tech);
    }
    for (const slug of [entry.s, entry.d]) if (slug && !bySlug.has(slug)) bySlug.set(slug, tech);
  }
  return { byKey, bySlug };
}

function vocabulary(): Tables {
  tables ??= load();
  return tables;
}

// A trailing version is not part of the name: "Vue 3", "Laravel 10", "Python 3.12", "Angular v17".
const VERSION = /\s+v?\d+(?:\.[\dx*]+)*$/i;

/** The technology a term names, ignoring case, spaces, dots, hyphens and a trailing version. */
export function lookupTechnology(term: string): Technology | undefined {
  const trimmed = term.trim();
  if (!trimmed || trimmed.length > 60) return undefined;
  const { byKey } = vocabulary();
  const exact = byKey.get(foldTechKey(trimmed));
  if (exact) return exact;
  const unversioned = trimmed.replace(VERSION, '');
  return unversioned && unversioned !== trimmed ? byKey.get(foldTechKey(unversioned)) : undefined;
}

/** The technology an icon or badge slug names: simple-icons slugs ("nodedotjs"), devicon folders, names. */
export function technologyFromSlug(slug: string): Technology | undefined {
  const clean = slug.trim().toLowerCase();
  if (!clean || clean.length > 60) return undefined;
  return vocabulary().bySlug.get(clean) ?? lookupTechnology(clean);
}

/** How many technologies and spellings the vocabulary holds (documentation, tests, measurements). */
export function vocabularySize(): { technologies: number; spellings: number } {
  const { byKey } = vocabulary();
  return { technologies: new Set(byKey.values()).size, spellings: byKey.size };
}
