// partLineBlocks: a job written one part a line, in any order ("07/2024 – Present" / "Data Engineer" /
// "Bissantz & Company GmbH · Hybrid"; "📅 08/2021 – 02/2022" / "🏛️ IUS, Sarajevo"): the dates, the role and
// the employer told apart by their parts, read as one entry. Places ("📍 Germany · Hybrid") are skipped.

import { foldText } from '../../text/fold-text.js';
import type { ContentLine } from '../markdown/content-lines.js';
import type { Experience } from '../model/profile.js';
import { COUNTRIES } from '../vocabulary/place-countries.js';
import { parsePeriod } from './parse-period.js';

export interface PartLines {
  title: string | null;
  organization: string | null;
  period: string | null;
}

const HAS_LETTER = /\p{L}/u;
/** A character a part may start or end with; icons, bullets and emphasis around it are not ("🏛️ **IUS**"). */
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** A line that says where, not who: a pin icon or a work-mode word alone. */
const PLACE = /^\s*(?:📍|🌍|🌎|🌏|📌|🗺)|^(?:remote|hybrid|on-?site)$/iu;
/** Work modes and the countries, cities and regions of place-countries.ts, folded: a line made only of them is a place. */
const PLACE_WORDS = new Set(
  [
    ...'remote hybrid on-site onsite remoto remota hibrido híbrido presencial'.split(' '),
    ...COUNTRIES.flatMap(([names, , places]) => [
      ...names.split('/'),
      ...places.split(', ').flatMap((p) => p.split('/')),
    ]),
  ].map(foldText),
);

/** "Berlin, Germany", "Remote, Poland", "Hybrid · Lisbon": every part of the line a place or a work mode. */
const isPlaceLine = (text: string): boolean =>
  clean(text)
    .split(/\s[·|•]\s|,\s|\s\/\s/u)
    .every((part) => PLACE_WORDS.has(foldText(part.trim())));

/** A sentence, a label ("Tech: …") or a list of things is no part of a byline. */
const NOT_NAME = /[.!?;:]\s|[.!?;:]$|\s[-–—]\s.{40}/u;

/** The text without emphasis marks and without the icons and marks before its first and after its last word. */
function clean(text: string): string {
  const chars = [...text.replace(/[*_`]/g, '')];
  let start = 0;
  let end = chars.length;
  while (start < end && !WORD_CHAR.test(chars[start]!)) start++;
  while (end > start && !WORD_CHAR.test(chars[end - 1]!) && !'.)'.includes(chars[end - 1]!)) end--;
  return chars.slice(start, end).join('').trim();
}

/** The text without the length written after dates ("3 Months", "2 yrs"). */
function withoutLength(text: string): string {
  const words = text.split(/\s+/);
  const n = words.length;
  return n >= 2 && /^\d{1,3}$/.test(words[n - 2]!) && words[n - 1]!.length <= 8
    ? words.slice(0, -2).join(' ')
    : text;
}

/** The employer a name line gives: before the place or work mode after " · ", "," or " | ". */
function employer(text: string): string | null {
  const name = clean(text)
    .split(/\s[·|•]\s|,\s/u)[0]!
    .trim();
  const words = name.split(/\s+/).length;
  return name.length >= 2 && name.length <= 60 && words <= 7 && HAS_LETTER.test(name) ? name : null;
}

/**
 * The parts short lines give, when they hold exactly one date range (and maybe a role and a name): `isRole`
 * tells the role from the employer. Null when a line is none of them (a sentence, a second date range).
 */
export function readPartLines(texts: readonly string[], isRole: (text: string) => boolean): PartLines | null {
  const parts: PartLines = { title: null, organization: null, period: null };
  for (const raw of texts) {
    const text = raw.trim();
    if (text.length === 0 || text.length > 100) return null;
    const dated = parsePeriod(text);
    if (dated) {
      if (parts.period !== null || HAS_LETTER.test(withoutLength(clean(dated.rest)))) return null;
      parts.period = dated.period;
    } else if (PLACE.test(text) || isPlaceLine(text)) {
    } else if (NOT_NAME.test(clean(text))) {
      return null;
    } else if (parts.title === null && isRole(text)) {
      parts.title = clean(text);
    } else if (parts.organization === null) {
      parts.organization = employer(text);
      if (parts.organization === null) return null;
    } else return null;
  }
  return parts.period !== null ? parts : null;
}

export interface PartBlocks {
  entries: Experience[];
  /** The lines the entries were read from, not to be read again as entries of their own. */
  used: Set<number>;
}

/** Entries of three consecutive short paragraph lines that give one job's dates, role and employer (or place). */
export function partLineBlocks(
  lines: readonly ContentLine[],
  isRole: (text: string) => boolean,
  taken: (line: number) => boolean,
): PartBlocks {
  const entries: Experience[] = [];
  const used = new Set<number>();
  const free = (l: ContentLine | undefined): l is ContentLine & { line: number } =>
    l !== undefined && l.type === 'line' && l.line !== null && !taken(l.line) && !used.has(l.line);
  for (let i = 0; i + 3 <= lines.length; i++) {
    const first = lines[i]!;
    const run = lines.slice(i, i + 3);
    if (!free(first) || !run.every((l, k) => free(l) && l.line === first.line! + k)) continue;
    const parts = readPartLines(
      run.map((l) => l.text),
      isRole,
    );
    // "Backend Developer" / "Berlin, Germany" / "2019 – 2021": a job with no employer written, its place dropped.
    const placed = run.some((l) => PLACE.test(l.text) || isPlaceLine(l.text));
    if (!parts || parts.title === null || (parts.organization === null && !placed)) continue;
    entries.push({
      text: run.map((l) => l.text.trim()).join(' — '),
      ...parts,
      highlights: [],
      line: first.line,
    });
    for (const l of run) used.add(l.line!);
    i += 2;
  }
  return { entries, used };
}
