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
