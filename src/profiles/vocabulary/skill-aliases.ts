// Canonical skill names: every spelling ("js", "postgres", "k8s", "golang", "nodedotjs") means one skill.
// The spellings come from the technology vocabulary (simple-icons, devicon, linguist and the hand table).
import { memoize } from '../model/memoize.js';
import { foldTechKey, lookupTechnology, vocabularySize } from './tech-vocabulary.js';

/** Lowercase, diacritics removed, spaces/dots/dashes/underscores dropped ("Next.js" → "nextjs"). */
export const foldSkillKey = memoize(foldTechKey);

/** The canonical name for a skill as written; unknown names come back trimmed, as written. */
export function canonicalSkillName(raw: string): string {
  const trimmed = raw.trim();
  return lookupTechnology(trimmed)?.name ?? trimmed;
}

// A version written onto the name ("vue3", "C++17", "php8", "python3.11"): the spaced form is read by the vocabulary.
const GLUED_VERSION = /(?<=[\p{L}+#])\d+(?:\.\d+)*$/u;

/**
 * A question's skill without a version glued onto it, when only the name before it is a known technology
 * ("vue3" → "vue", "c++17" → "c++"); anything else as given ("d3", "web3", "c1" stay whole).
 */
export function withoutGluedVersion(raw: string): string {
  const trimmed = raw.trim();
  const version = GLUED_VERSION.exec(trimmed);
  if (!version || lookupTechnology(trimmed)) return trimmed;
  const name = trimmed.slice(0, version.index);
  return name.length >= 2 && lookupTechnology(name) ? name : trimmed;
}

/** True when the vocabulary knows this spelling as a technology (contact and social sites are not skills). */
export function isKnownSkill(raw: string): boolean {
  const tech = lookupTechnology(raw);
  return tech !== undefined && tech.kind !== 'platform';
}

/** Well known enough to read out of prose or a stray badge: in the hand table or in two of the packages. */
export function isWellKnownSkill(raw: string): boolean {
  const tech = lookupTechnology(raw);
  return tech !== undefined && tech.kind !== 'platform' && tech.wellKnown;
}

/** True for contact, social and content sites (LinkedIn, Gmail, Spotify): their logos are never skills. */
export function isPlatform(raw: string): boolean {
  return lookupTechnology(raw)?.kind === 'platform';
}

/** How many spellings the vocabulary knows (documentation and tests). */
export function aliasCount(): number {
  return vocabularySize().spellings;
}
