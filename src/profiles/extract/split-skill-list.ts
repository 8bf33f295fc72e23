// splitSkillLine: one line of a skills section → its "Label:" prefix and the names it lists.

import { memoize } from '../model/memoize.js';
import { isKnownSkill } from '../vocabulary/skill-aliases.js';
import { isFigure } from './looks-technical.js';
import { findTechMentions } from './tech-mentions.js';

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
const CJK_TEXT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
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

/** True for the characters `\s` matches (and `trim` removes): WhiteSpace and LineTerminator. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** How many words (runs of non-space) the text has: `text.split(/\s+/).filter(Boolean).length`, uncopied. */
export function wordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

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
    if (name.length > 0 && !FILLER.test(name) && !isFigure(name)) names.push(name);
  }
  const isList = names.length >= 2 && names.every((n) => wordCount(n) <= MAX_WORDS);
  return { label, names, isList };
}

// A clause joined by "、"/"，" or closed by "。！？" with CJK letters around it: a sentence, not one name.
const ENUM_COMMA = /[、，]/;
const LATIN_RUN_CHAR = /[\p{Script=Latin}\d.+#\- ]/u;
const LATIN_RUN_START =
  /^\s*([\p{Script=Latin}][\p{Script=Latin}\d.+#-]{0,40}(?: [\p{Script=Latin}\d.+#-]{1,40}){0,2})(?:$|[^\p{Script=Latin}\d.+#-])/u;
const ALL_LATIN = /^[\p{Script=Latin}\d.+#/ -]{1,40}$/u;

/** The Latin run a text ends with ("顺手和 MCU" → "MCU"), read backwards at most 60 characters. */
function latinTail(text: string): string {
  let at = text.length;
  while (at > 0 && text.length - at < 60 && LATIN_RUN_CHAR.test(text[at - 1]!)) at--;
  return text.slice(at).trim();
}

/**
 * Latin names enumerated with "、"/"，" inside a Chinese or Japanese sentence ("顺手和 MCU、Bootloader、RTOS 较劲。"):
 * the names touching the commas, when at least two of them are Latin, and the known technologies named
 * elsewhere in the text; otherwise null.
 */
function latinEnumeration(text: string): string[] | null {
  if (!ENUM_COMMA.test(text)) return null;
  const parts = text.split(ENUM_COMMA).slice(0, 24);
  if (parts.length < 2) return null;
  const names: string[] = [];
  parts.forEach((part, i) => {
    const whole = part.trim();
    if (i > 0 && i < parts.length - 1) {
      if (ALL_LATIN.test(whole)) names.push(whole);
      return;
    }
    const run = LATIN_RUN_START.exec(i === 0 ? latinTail(whole) : whole);
    if (run) names.push(run[1]!.trim());
  });
  if (names.length < 2) return null;
  // The sentence's other technologies ("平时写 Go 和 Python。") stand outside the enumeration.
  const out = findTechMentions(text).filter((n) => !names.includes(n));
  return [...out, ...names];
}

// "Air 热编译" (Air, hot reload): words in Chinese, Japanese or Korean after a Latin name describe it.
const LATIN_START = /^[\p{Script=Latin}\d]/u;
const LATIN = /\p{Script=Latin}/u;
const CJK_CLAUSE = /[。、，！？]/;
function withoutCjkNote(name: string): string {
  const cjk = CJK_TEXT.exec(name);
  if (!cjk || cjk.index === 0 || cjk.index > 60 || !LATIN_START.test(name)) return name;
  const note = name.slice(cjk.index);
  // A short note ("热编译"), not a sentence ("を用いたアプリケーションを開発。").
  if (
    !isSpace(name.charCodeAt(cjk.index - 1)) ||
    note.length > 10 ||
    LATIN.test(note) ||
    CJK_CLAUSE.test(note)
  )
    return name;
  return name.slice(0, cjk.index).trimEnd();
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
