// "who is based in berlin", "anyone in india?": the listed people whose location line, headline or a line
// about the job or studies they have now names the place (or a city in it: place-names.ts) as a name, a
// capitalised word and never part of another word, with that line.
import type { Profile } from '../profiles/model/profile.js';
import type { ProfileIndex } from '../search/search-types.js';
import { foldText } from '../text/fold-text.js';
import { placeNames } from './place-names.js';
import { factLine } from './topic-line.js';

export interface PlaceMatch {
  profile: Profile;
  /** The line that says where they are. */
  line: string;
}

/** Search hits read for candidates, per name searched. */
const MAX_HITS = 300;
/** Names of a country searched (itself and its biggest cities first). */
const MAX_NAMES = 30;
const MAX_LINE = 200;
const MAX_LINES = 400;
/** "Apr 2026 – Present", "since 2021": a line about what someone does now. */
const NOW = /\b(?:present|current|now|ongoing|today)\b/i;

export function placeMatches(index: ProfileIndex, place: string): PlaceMatch[] {
  const names = placeNames(place).slice(0, MAX_NAMES);
  if (names.length === 0 || !names[0]) return [];
  const seen = new Set<string>();
  const out: PlaceMatch[] = [];
  for (const name of names) {
    for (const hit of index.search(name, { limit: MAX_HITS })) {
      const profile = hit.profile;
      if (seen.has(profile.id) || !profile.listed) continue;
      const line = placeLine(profile, names);
      if (!line) continue;
      seen.add(profile.id);
      out.push({ profile, line });
    }
  }
  return out.sort((a, b) => a.profile.name.localeCompare(b.profile.name));
}

/** Where the profile says someone is: its location line, headline, then lines of a job held now. */
export function whereLines(profile: Profile): string[] {
  const stated = factLine(profile, 'location')?.section.text ?? '';
  const now = profile.sections
    .flatMap((s) => [s.title, ...s.text.split('\n'), ...s.items])
    .slice(0, MAX_LINES)
    .filter((l) => NOW.test(l) && /\d{4}/.test(l));
  return [stated, profile.headline ?? '', ...now].map((l) => l.trim().slice(0, MAX_LINE)).filter(Boolean);
}

// A country is up to 30 names, each searched: a person found under several, or asked about again, has
// their lines read and folded once (per profile object: a reload makes new ones).
const WHERE = new WeakMap<Profile, { line: string; folded: string }[]>();

function foldedWhereLines(profile: Profile): { line: string; folded: string }[] {
  let lines = WHERE.get(profile);
  if (!lines) {
    lines = whereLines(profile).map((line) => ({ line, folded: ` ${foldText(line)} ` }));
    WHERE.set(profile, lines);
  }
  return lines;
}

/** The line saying where they are, when it names the place; null otherwise. */
function placeLine(profile: Profile, names: readonly string[]): string | null {
  return (
    foldedWhereLines(profile).find(({ line, folded }) =>
      names.some((name) => folded.includes(` ${name} `) && namesPlace(line, name)),
    )?.line ?? null
  );
}

/** Whether the text (that holds the folded name as whole words) names it with a capital ("Berlin", "São Paulo", "US"). */
function namesPlace(text: string, wanted: string): boolean {
  const first = wanted.split(' ')[0]!;
  // Han, Hangul and kana have no capitals: a name in them is a name.
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].some(
    (m) => foldText(m[0]) === first && /^[\p{Lu}\p{Lo}]/u.test(m[0]),
  );
}
