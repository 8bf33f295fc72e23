// The shape of technologies.json and the one key folding that both the build step and the runtime use.
import { foldLetters } from '../../text/fold-text.js';

export type TechKind = 'language' | 'tool' | 'brand' | 'platform';

/** One technology in technologies.json; short keys keep the committed file small. */
export interface VocabularyEntry {
  /** Canonical display name. */
  n: string;
  /** simple-icons slug (shields.io `logo=`, cdn.simpleicons.org). */
  s?: string;
  /** devicon folder name when it differs from the slug. */
  d?: string;
  /** Other spellings (aliases, alt names, old and localised names). */
  a?: string[];
  /** language: GitHub linguist; tool: devicon or the hand table; brand: simple-icons only; platform: a contact or content site. */
  k: TechKind;
  /** 1 when well known: in the hand table or in two of the packages (prose may name it). */
  w?: 1;
}

const ASCII = /^[\x20-\x7e]*$/;

/** Lowercase, diacritics removed, spaces/dots/dashes/underscores dropped ("Next.js" → "nextjs"). */
export function foldTechKey(raw: string): string {
  // Plain ASCII (nearly every call) has no accents to strip: skip the Unicode normalisation.
  if (ASCII.test(raw)) return raw.toLowerCase().replace(/[\s._-]+/g, '');
  return foldLetters(raw).replace(/[\s._-]+/g, '');
}
