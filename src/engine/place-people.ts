// "who is based in berlin", "anyone in india?": the listed people whose location line, byline or headline
// names the place as a name (a capitalised word, never part of another word), with that line.
import type { Profile } from '../profiles/model/profile.js';
import type { ProfileIndex } from '../search/search-types.js';
import { foldText } from '../text/fold-text.js';
import { factLine } from './topic-line.js';

export interface PlaceMatch {
  profile: Profile;
  /** The line that says where they are. */
  line: string;
}

/** Search hits read for candidates. */
const MAX_HITS = 500;
const MAX_LINE = 200;

export function placeMatches(index: ProfileIndex, place: string): PlaceMatch[] {
  const wanted = foldText(place);
  if (!wanted) return [];
  const seen = new Set<string>();
  const out: PlaceMatch[] = [];
  for (const hit of index.search(place, { limit: MAX_HITS })) {
    const profile = hit.profile;
    if (seen.has(profile.id) || !profile.listed) continue;
    seen.add(profile.id);
    const line = placeLine(profile, wanted);
    if (line) out.push({ profile, line });
  }
  return out.sort((a, b) => a.profile.name.localeCompare(b.profile.name));
}

/** The line saying where they are, when it names the place; null otherwise. */
function placeLine(profile: Profile, wanted: string): string | null {
  const stated = factLine(profile, 'location')?.section.text ?? '';
  for (const line of [stated, profile.headline ?? '']) {
    const text = line.trim().slice(0, MAX_LINE);
    if (text && namesPlace(text, wanted)) return text;
  }
  return null;
}

/** Whether the text names the place with a capital ("Berlin", "São Paulo"), as whole words. */
function namesPlace(text: string, wanted: string): boolean {
  if (!` ${foldText(text)} `.includes(` ${wanted} `)) return false;
  const first = wanted.split(' ')[0]!;
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].some((m) => foldText(m[0]) === first && /^\p{Lu}/u.test(m[0]));
}
