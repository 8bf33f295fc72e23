// Reading the skill part of a question: one skill, several ("postgres and django"), or a phrase whose
// key terms are skills ("firmware in c"). Separators are fixed words, so no pattern backtracks.
import { isKnownSkill } from '../profiles/vocabulary/skill-aliases.js';

const SEPARATOR = /(?<!\s)\s*,\s*(?:and\s+|&\s+)?|(?<!\s)\s+(?:and|&|\+|plus|or|as well as|along with)\s+/i;
const FILLER = new Set(
  'a an the in on with for of at to by and or some any experience knowledge skills skill background expertise stuff things work working is are there here who what dev devs developer developers people person someone anyone we i need hey hi hello yo please pls plz thanks tell me know knows now right currently today lately'.split(
    ' ',
  ),
);

const TESTING_KIND =
  /(?:^|\s)(?:unit|integration|e2e|end-to-end|load|performance|snapshot|contract|smoke|regression|acceptance|mutation|property-based|ui|api|component|visual)\s+tests?$/i;

/** True when the parts are alternatives ("kotlin or swift"), not all wanted at once. */
export function isAlternatives(text: string): boolean {
  return /\s(?:or|either)\s/i.test(text) && !/\s(?:and|&|\+|plus)\s/i.test(text);
}

/** "grpc experience" → "grpc": words about having a skill, not part of its name. */
export function withoutSkillWords(text: string): string {
  // "unit tests", "e2e tests": a kind of testing, whose "tests" is no word about having a skill (stripped, "unit"
  // was read as a typo for Unity).
  if (TESTING_KIND.test(text)) return text;
  const bare = text
    .replace(
      /(?<!\s)\s+(?:experience|skills?|knowledge|background|expertise|stuff|things|work|tests?|questions?|issues?|problems?|bugs?|code|help|pls|please|setup|set-up|config|configs|configuration|clusters?|pipelines?|infra|infrastructure|deployments?|migrations?|upgrades?|side)$/i,
      '',
    )
    // "our terraform setup", "the k8s cluster": whose or which one is no part of the skill.
    .replace(/^(?:some|any|our|the|my|your|their|this|that)\s+/i, '')
    .trim();
  return bare || text;
}

/**
 * "postgres and django" → ["postgres", "django"]; "vue/nuxt" → ["vue", "nuxt"] when each side is a
 * technology and the whole is not one ("ci/cd", "pl/sql" stay whole). At most 5 parts, none empty, none twice
 * ("go or go" asked Go once but listed it three times).
 */
export function splitSkillList(text: string): string[] {
  const seen = new Set<string>();
  return (
    text
      .split(SEPARATOR)
      // "both go and rust", "go and also kafka": words that join the list, not part of a skill.
      .map((part) => part.replace(/^(?:(?:and|&)\s+)?(?:(?:both|either|also)\s+)?/i, '').trim())
      .filter((part) => part.length > 0)
      .flatMap(slashedSkills)
      .filter((part) => !seen.has(part.toLowerCase()) && seen.add(part.toLowerCase()))
      .slice(0, 5)
  );
}

function slashedSkills(part: string): string[] {
  if (!part.includes('/') || /\s/.test(part) || isKnownSkill(part)) return [part];
  const sides = part.split('/');
  return sides.length <= 5 && sides.every((side) => side && isKnownSkill(side)) ? sides : [part];
}

/** The words of a phrase worth trying as skills on their own ("firmware in c" → firmware, c). */
export function keyWords(text: string, limit = 6): string[] {
  return text
    .split(/\s+/)
    .map((w) => w.replace(/^[("'[]+|(?<![)"'\].,;:!?])[)"'\].,;:!?]+$/g, ''))
    .filter((w) => w.length > 0 && !FILLER.has(w.toLowerCase()))
    .slice(0, limit);
}
