// splitSkillLine: one line of a skills section → its "Label:" prefix and the names it lists.

import { isKnownSkill } from '../vocabulary/skill-aliases.js';

export interface SkillLine {
  /** "AWS" in "AWS: ECS / Fargate, EC2"; null without a label. */
  label: string | null;
  names: string[];
  /** True when the line is a list of short names (commas, slashes, bullets), not a sentence. */
  isList: boolean;
}

const SEPARATORS = /(?<!\s)\s*(?:,|;|\s\/\s|•|·|\s\|\s)\s*/;
const FILLER = /^(?:and |or )?(?:more|etc|others?|so on|many more|much more|the like)\W*$/i;
const MAX_WORDS = 4;
// One character class, anchored after a non-dot: linear, unlike the old `(?:…|\.\.\.|\.)+$` that backtracked exponentially on runs of dots.
const TRAILING_DOTS = /(?<![.…])[.…]+$/;

export const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

function clean(part: string): string {
  return part
    .replace(/^(?:and|or|&)\s+/i, '')
    .replace(/\s(?:and|&)\s+(?:more|others|many more|much more)\W*$/i, '')
    .replace(/\setc\W*$/i, '')
    .replace(TRAILING_DOTS, '')
    .replace(/^[\s"'“”‘’*_-]+|(?<![\s"'“”‘’*_])[\s"'“”‘’*_]+$/g, '')
    .trim();
}

export function splitSkillLine(text: string): SkillLine {
  let rest = text.trim();
  let label: string | null = null;
  const labelled = /^([^:]{1,40}):\s+(\S.*)$/.exec(rest);
  if (labelled && !/https?$/i.test(labelled[1]!.trimEnd()) && wordCount(labelled[1]!) <= 5) {
    label = clean(labelled[1]!);
    rest = labelled[2]!;
  }
  // Qualifiers in parentheses describe the skill ("PostgreSQL (schema design, …)"): not skills themselves;
  // a group of technologies is listed too ("GCP (Vertex AI, BigQuery)" → GCP, Vertex AI, BigQuery).
  rest = rest
    .replace(/\s?\(([^()]*)\)/g, (_m, inner: string) => subItems(inner))
    .replace(/\s?\[[^[\]]*\]/g, '');
  const names = rest
    .split(SEPARATORS)
    .map(clean)
    .filter((p) => p.length > 0 && !FILLER.test(p));
  const isList = names.length >= 2 && names.every((n) => wordCount(n) <= MAX_WORDS);
  return { label, names, isList };
}

// Levels and fluency in parentheses ("English (fluent)", "Go (advanced)") qualify, they list nothing.
const LEVEL_WORD =
  /^(?:native|fluent|basic|beginner|intermediate|advanced|expert|proficient|familiar|conversational|professional|elementary|working|learning|good|strong|[abc][12])$/i;
// Inside a group "/" also separates ("NoSQL (MongoDB/Redis)"), and "and" before the last item.
const GROUP_SEPARATORS = /(?<!\s)\s*(?:,|;|\/|•|·|\||\band\b)\s*/;

/**
 * ", A, B" for a parenthesised group that lists technologies (at least half of its items known, the rest
 * capitalised names), else "" (a qualifier: "schema design", "3 years", "a bit").
 */
function subItems(inner: string): string {
  if (inner.length > 200) return '';
  const items = inner
    .split(GROUP_SEPARATORS)
    .map(clean)
    .filter((p) => p.length > 0 && !FILLER.test(p));
  if (items.length === 0 || items.some((i) => wordCount(i) > MAX_WORDS || LEVEL_WORD.test(i))) return '';
  // A lone lowercase word is a qualifier even when a technology has that name ("basic", "fluent").
  const known = items.filter((i) => isKnownSkill(i) && (items.length > 1 || !/^\p{Ll}+$/u.test(i)));
  if (known.length === 0 || known.length * 2 < items.length) return '';
  const listed = items.filter((i) => known.includes(i) || /^\p{Lu}/u.test(i));
  return listed.map((i) => `, ${i}`).join('');
}

/** A name that looks technical on its own: inner capitals (ClickHouse, RESTful), acronyms, digits, . + #. */
export function looksTechnical(name: string): boolean {
  return name.split(/\s+/).some((word) => /[A-Z]{2}|[a-z][A-Z]|\d|[.+#]\w/.test(word));
}
