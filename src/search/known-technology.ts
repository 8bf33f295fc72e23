// Whether a typed skill is itself a technology: then it is read as that one and never replaced by a
// similar spelling ("java" is not "JavaScript", "realm" is not "React"). The one place to plug in a
// larger vocabulary (simple-icons, devicon, linguist languages).
import { canonicalSkillName, foldSkillKey, isKnownSkill } from '../profiles/vocabulary/skill-aliases.js';

export interface KnownTechnology {
  /** The name shown to users ("PostgreSQL" for "postgres"). */
  name: string;
  /** foldSkillKey of the name: how holders are looked up. */
  key: string;
}

/**
 * The technology a term names, from the alias table or, through `listed`, any skill a loaded profile
 * lists under that spelling; undefined for words that name no technology (typos, prose).
 */
export function knownTechnology(
  term: string,
  listed: (key: string) => string | undefined,
): KnownTechnology | undefined {
  const trimmed = term.trim();
  if (!trimmed) return undefined;
  if (isKnownSkill(trimmed)) {
    const name = canonicalSkillName(trimmed);
    return { name, key: foldSkillKey(name) };
  }
  const key = foldSkillKey(trimmed);
  const name = listed(key);
  return name ? { name, key } : undefined;
}
