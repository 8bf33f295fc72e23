// splitSkillLine: one line of a skills section → its "Label:" prefix and the names it lists.

import { memoize } from '../model/memoize.js';
import { isKnownSkill } from '../vocabulary/skill-aliases.js';
import { CJK_TEXT, latinEnumeration, withoutCjkNote } from './latin-enumeration.js';
import { isFigure } from './looks-technical.js';
import { findTechMentions } from './tech-mentions.js';
import { isSpace, wordCount } from './word-count.js';

// "AGENTS.md", "CHANGELOG.md", "config.yaml": a file of a project, not a technology (".js" names are
// libraries: Node.js, Three.js).
const FILE_NAME = /^[\w-]+\.(?:md|mdx|txt|ya?ml|toml|lock|ini|cfg|log|csv)$/i;
const isFileName = (name: string): boolean => FILE_NAME.test(name) && !isKnownSkill(name);

/** Shared between callers (the reading of a text is kept): read-only. */
export interface SkillLine {
  /** "AWS" in "AWS: ECS / Fargate, EC2"; null without a label. */
  readonly label: string | null;
  readonly names: readonly string[];
  /** True when the line is a list of short names (commas, slashes, bullets), not a sentence. */
  readonly isList: boolean;
}

// The full-width comma, enumeration comma and semicolon of Chinese and Japanese lists ("Go、Python") separate too.
const SEPARATORS = /(?<!\s)\s*(?:,|;|、|，|；|\s\/\s|•|·|\s\|\s)\s*/;
const LATIN_SEPARATORS = /(?<!\s)\s*(?:,|;|\s\/\s|•|·|\s\|\s)\s*/;
// Every separator has one of these characters: a line without any is one name.
const MAY_SEPARATE = /[,;/•·|、，；]/;
// "Label: …", and the full-width colon of Chinese and Japanese ("常用：Go、Rust") with or without a space.
const LABELLED = /^([^:：]{1,40})(?::\s+|：\s*)(\S.*)$/;
const GROUP = /\s?\(([^()]*)\)/g;
const BRACKETS = /\s?\[[^[\]]*\]/g;
const FILLER = /^(?:and |or )?(?:more|etc|others?|so on|many more|much more|the like)\W*$/i;
const MAX_WORDS = 4;
// One character class, anchored after a non-dot: linear, unlike the old `(?:…|\.\.\.|\.)+$` that backtracked exponentially on runs of dots.
const TRAILING_DOTS = /(?<![.…])[.…]+$/;

const LEADING_FILLER = /^(?:and|or|&)\s+/i;
const AND_MORE = /\s(?:and|&)\s+(?:more|others|many more|much more)\W*$/i;
const ETC = /\setc\W*$/i;
const QUOTES = /^[\s"'“”‘’*_-]+|(?<![\s"'“”‘’*_])[\s"'“”‘’*_]+$/g;
const QUOTE_CHARS = `"'“”‘’*_`;

/** The last character of `\w` in the text, lowercased, or "" (what AND_MORE and ETC end on). */
function lastWordChar(text: string): string {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f)
      return text[i]!.toLowerCase();
  }
  return '';
}

// Each replacement runs only when the character it needs is there: nearly every part is a bare name.
function clean(part: string): string {
  let out = part;
  const first = out[0];
  if (first === 'a' || first === 'A' || first === 'o' || first === 'O' || first === '&')
    out = out.replace(LEADING_FILLER, '');
  // "… and more", "… and others" end on e or s, "… etc" on c (then only non-word characters).
  const end = lastWordChar(out);
  if (end === 'e' || end === 's') out = out.replace(AND_MORE, '');
  if (end === 'e' || end === 's' || end === 'c') out = out.replace(ETC, '');
  const last = out[out.length - 1];
  if (last === '.' || last === '…') out = out.replace(TRAILING_DOTS, '');
  if (out.length > 0 && (quoteOrSpace(out, 0, true) || quoteOrSpace(out, out.length - 1, false)))
    out = out.replace(QUOTES, '');
  return out.trim();
}

/** Whether QUOTES may strip the character at `at`: a space, a quote or `*_` (and `-` at the start). */
function quoteOrSpace(text: string, at: number, start: boolean): boolean {
  const c = text[at]!;
  return isSpace(c.charCodeAt(0)) || QUOTE_CHARS.includes(c) || (start && c === '-');
}

/**
 * The label and names of a line. One line is read by several rules (shaped lines, labelled lists, the
 * skills section's own reading), and list lines recur between profiles: each reading is kept.
 */
export const splitSkillLine: (text: string) => SkillLine = memoize(readSkillLine, 5000);

function readSkillLine(text: string): SkillLine {
  let rest = text.trim();
  let label: string | null = null;
  const labelled = rest.includes(':') || rest.includes('：') ? LABELLED.exec(rest) : null;
  if (labelled && !/https?$/i.test(labelled[1]!.trimEnd()) && wordCount(labelled[1]!) <= 5) {
    label = clean(labelled[1]!);
    rest = labelled[2]!;
  }
  // Qualifiers in parentheses describe the skill ("PostgreSQL (schema design, …)"): not skills themselves;
  // a group of technologies is listed too ("GCP (Vertex AI, BigQuery)" → GCP, Vertex AI, BigQuery).
  if (rest.includes('(')) rest = rest.replace(GROUP, (_m, inner: string) => subItems(inner));
  if (rest.includes('[')) rest = rest.replace(BRACKETS, '');
  // In Chinese or Japanese text "、" and "，" join clauses ("Docker を用いたコンテナ操作、ビルド"): only between
  // Latin names do they separate a list.
  const cjk = CJK_TEXT.test(rest);
  const parts = MAY_SEPARATE.test(rest)
    ? (cjk && latinEnumeration(rest)) || rest.split(cjk ? LATIN_SEPARATORS : SEPARATORS)
    : [rest];
  // "Random Forest, SVM, KNN - 6-model comparison": a dash after the last of several names starts a note.
  if (parts.length >= 2) parts[parts.length - 1] = beforeNote(parts[parts.length - 1]!);
  const names: string[] = [];
  for (const part of parts) {
    const name = withoutCjkNote(clean(part));
    if (name.length > 0 && !FILLER.test(name) && !isFigure(name) && !isFileName(name)) names.push(name);
  }
  const isList = names.length >= 2 && names.every((n) => wordCount(n) <= MAX_WORDS);
  return { label, names, isList };
}

const NOTE_DASH = /\s[-–—]\s/;
/** The text before a spaced dash, or all of it. */
function beforeNote(part: string): string {
  const dash = NOTE_DASH.exec(part);
  return dash && dash.index > 0 ? part.slice(0, dash.index) : part;
}

// Levels and fluency in parentheses ("English (fluent)", "Go (advanced)") qualify, they list nothing.
const LEVEL_WORD =
  /^(?:native|fluent|basic|beginner|intermediate|advanced|expert|proficient|familiar|conversational|professional|elementary|working|learning|good|strong|[abc][12])$/i;
// Inside a group "/" also separates ("NoSQL (MongoDB/Redis)"), and "and" before the last item.
const GROUP_SEPARATORS = /(?<!\s)\s*(?:,|;|\/|•|·|\||\band\b)\s*/;
// "SpringFramework (mainly Spring Boot)", "GCP (especially Kubernetes, Cloud Run)": a word of focus before
// the group names what of the broader skill the author actually uses; the names after it are listed.
const FOCUS_WORD =
  /^(?:mainly|mostly|primarily|chiefly|largely|especially|esp\.|particularly|notably|incl\.|including|e\.\s?g\.|such as)[\s,:]+/i;

/**
 * ", A, B" for a parenthesised group that lists technologies (at least half of its items known, the rest
 * capitalised names), else "" (a qualifier: "schema design", "3 years", "a bit").
 */
function subItems(inner: string): string {
  if (inner.length > 200) return '';
  // After a word of focus the group speaks of what is used: the technologies it names, however written
  // ("mainly Kubernetes for our services").
  if (FOCUS_WORD.test(inner))
    return findTechMentions(inner)
      .map((name) => `, ${name}`)
      .join('');
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
