// skillCollector: the skills of one profile as the readers find them, each canonical name once, without
// platforms, spoken languages, names struck through or link texts that lead to someone's page.
import type { Skill } from '../model/profile.js';
import { isHumanLanguage } from '../vocabulary/human-languages.js';
import { canonicalSkillName, foldSkillKey, isPlatform } from '../vocabulary/skill-aliases.js';
import { hasLetter } from './skill-claims.js';

export type AddSkill = (
  raw: string,
  category: string | null,
  evidence: string,
  source: Skill['source'],
  line: number | null,
) => void;

export interface SkillCollector {
  skills: Skill[];
  add: AddSkill;
  /** Folded keys of link texts that claim nothing (filled before the readers run). */
  unclaimed: Set<string>;
  /** Folded keys struck through in the section being read (replaced per section). */
  struck: Set<string>;
}

export function skillCollector(): SkillCollector {
  const seen = new Set<string>();
  const collector: SkillCollector = {
    skills: [],
    unclaimed: new Set(),
    struck: new Set(),
    add: (raw, category, evidence, source, line) => {
      const name = canonicalSkillName(raw);
      const key = foldSkillKey(name);
      if (!key || name.length > 60 || seen.has(key) || collector.struck.has(key) || isPlatform(name)) return;
      const { unclaimed } = collector;
      if (!hasLetter(name) || unclaimed.has(key) || unclaimed.has(foldSkillKey(raw))) return;
      if (isHumanLanguage(name)) return; // "Languages: English, Norwegian" lists spoken languages, not skills
      seen.add(key);
      collector.skills.push({ name, category: category || null, evidence, source, line });
    },
  };
  return collector;
}
