// lookupTechnology, technologyFromSlug: the technology vocabulary (simple-icons, devicon, linguist, hand aliases).
// The compact generated JSON is read on first use, not at import, so start-up does not pay for it.
import { createRequire } from 'node:module';
import { foldTechKey, type TechKind, type VocabularyEntry } from './vocabulary-format.js';

export type { TechKind } from './vocabulary-format.js';
export { foldTechKey } from './vocabulary-format.js';

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

/** The vocabulary's entries and each folded spelling's entry; the rest is built when first asked for. */
interface Tables {
  entries: VocabularyEntry[];
  /** Technology objects, made on first use (an answer looks up a word or two of 4,000 entries). */
  techs: (Technology | undefined)[];
  byKey: Map<string, number>;
}

// Terms repeat across profiles ("and", "Python"): remember answers, forgetting all past a bound.
const MEMO_LIMIT = 50_000;
const memo = new Map<string, Technology | null>();

let tables: Tables | null = null;
let slugs: Map<string, number> | null = null;
/** Lowercase first words of multi-word names ("react" for "React Native"): prose tries longer spans only after them. */
let firstWords: Set<string> | null = null;

function load(): Tables {
  const require = createRequire(import.meta.url);
  const { entries } = require('./technologies.json') as { entries: VocabularyEntry[] };
  const byKey = new Map<string, number>();
  // Names first, then aliases: a technology's own name is never taken by another's alias.
  entries.forEach((entry, at) => {
    const key = foldTechKey(entry.n);
    if (key && !byKey.has(key)) byKey.set(key, at);
  });
  entries.forEach((entry, at) => {
    for (const alias of entry.a ?? []) {
      const key = foldTechKey(alias);
      if (key && !byKey.has(key)) byKey.set(key, at);
    }
  });
  return { entries, techs: new Array(entries.length), byKey };
}

function vocabulary(): Tables {
  tables ??= load();
  return tables;
}

/** The technology of entry `at`, the same object every time. */
function techAt(at: number): Technology {
  const { entries, techs } = vocabulary();
  const known = techs[at];
  if (known) return known;
  const entry = entries[at]!;
  const tech: Technology = { name: entry.n, aliases: entry.a ?? [], kind: entry.k, wellKnown: entry.w === 1 };
  if (entry.s) tech.slug = entry.s;
  techs[at] = tech;
  return tech;
}

/** True when some technology's name starts with this word followed by more words ("Arch" → "Arch Linux"). */
export function startsLongerName(word: string): boolean {
  if (!firstWords) {
    firstWords = new Set<string>();
    for (const entry of vocabulary().entries) {
      for (const spelling of [entry.n, ...(entry.a ?? [])]) {
        const words = spelling.toLowerCase().split(/\s+/);
        if (words.length > 1) firstWords.add(words[0]!);
      }
    }
  }
  return firstWords.has(word.toLowerCase());
}

// A trailing version is not part of the name: "Vue 3", "Laravel 10", "Python 3.12", "Angular v17".
const VERSION = /(?<!\s)\s+v?\d+(?:\.[\dx*]+)*$/i;
// A vendor's short form before a product's word ("gh actions", "ms excel"): the vendor's full name.
const VENDOR_SHORT = /^(gh|ms)[\s-]+(?=\S)/i;
const VENDORS: Record<string, string> = { gh: 'GitHub ', ms: 'Microsoft ' };

/** The technology a term names, ignoring case, spaces, dots, hyphens and a trailing version. */
export function lookupTechnology(term: string): Technology | undefined {
  const known = memo.get(term);
  if (known !== undefined) return known ?? undefined;
  const found = lookupUncached(term);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(term, found ?? null);
  return found;
}

function lookupUncached(term: string): Technology | undefined {
  const trimmed = term.trim();
  if (!trimmed || trimmed.length > 60) return undefined;
  const { byKey } = vocabulary();
  const exact = byKey.get(foldTechKey(trimmed));
  if (exact !== undefined) return techAt(exact);
  const unversioned = trimmed.replace(VERSION, '');
  const at = unversioned && unversioned !== trimmed ? byKey.get(foldTechKey(unversioned)) : undefined;
  if (at !== undefined) return techAt(at);
  const vendor = VENDOR_SHORT.exec(trimmed);
  const spelled = vendor
    ? byKey.get(foldTechKey(VENDORS[vendor[1]!.toLowerCase()]! + trimmed.slice(vendor[0].length)))
    : undefined;
  return spelled === undefined ? undefined : techAt(spelled);
}

/** The technology an icon or badge slug names: simple-icons slugs ("nodedotjs"), devicon folders, names. */
export function technologyFromSlug(slug: string): Technology | undefined {
  const clean = slug.trim().toLowerCase();
  if (!clean || clean.length > 60) return undefined;
  if (!slugs) {
    slugs = new Map<string, number>();
    vocabulary().entries.forEach((entry, at) => {
      for (const key of [entry.s, entry.d]) if (key && !slugs!.has(key)) slugs!.set(key, at);
    });
  }
  const at = slugs.get(clean);
  return at === undefined ? lookupTechnology(clean) : techAt(at);
}

/** How many technologies and spellings the vocabulary holds (documentation, tests, measurements). */
export function vocabularySize(): { technologies: number; spellings: number } {
  const { byKey } = vocabulary();
  return { technologies: new Set(byKey.values()).size, spellings: byKey.size };
}
