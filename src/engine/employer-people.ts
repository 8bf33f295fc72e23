// "who worked at google", "anyone from stripe": the listed people whose experience entries, headline or
// own sentences name that employer as a name (never inside another word: "meta" is no "metadata"), each
// with the line that says so and whether they work there now or did before.
import type { Profile } from '../profiles/model/profile.js';
import type { ProfileIndex } from '../search/search-types.js';
import { foldText } from '../text/fold-text.js';

export type Tense = 'now' | 'before' | 'unknown';

export interface EmployerMatch {
  profile: Profile;
  tense: Tense;
  /** The entry or sentence that names the employer, as written. */
  line: string;
}

/** Search hits read for candidates: a large team's profiles that name the employer anywhere. */
const MAX_HITS = 500;
const MAX_SENTENCE = 300;
const MAX_TEXT = 20_000;

/** "2021 – present", "since 2020", "seit 2019", "atual": an entry that has not ended. */
const ONGOING =
  /\b(?:present|now|current(?:ly)?|today|ongoing|since|seit|depuis|desde|atual(?:mente)?|actual(?:idad)?|heute|aujourd hui|oggi|presente|attuale|nu|nyt|teraz)\b|[–—-]\s*$/;
/** Words of a sentence that put the job in the past. */
const PAST =
  /\b(?:previously|formerly|former|ex|used to|was|were|spent|worked|interned|before|prior|until|alumn(?:us|a|i)|left|back in)\b/;
/** Words right before the employer that make the sentence about working there. */
const AT_WORK =
  /(?:^|\s)(?:at|@|for|with|joined|join|ex|former|formerly at|previously at|from|bei|chez|em|na|no|en|presso|w)\s*$/;

export function employerMatches(index: ProfileIndex, employer: string): EmployerMatch[] {
  const wanted = foldText(employer);
  if (!wanted) return [];
  const names = (text: string) => ` ${foldText(text)} `.includes(` ${wanted} `);
  const seen = new Set<string>();
  const out: EmployerMatch[] = [];
  for (const hit of index.search(employer, { limit: MAX_HITS })) {
    const profile = hit.profile;
    if (seen.has(profile.id) || !profile.listed) continue;
    seen.add(profile.id);
    const match = fromEntries(profile, names) ?? fromSentences(profile, wanted);
    if (match) out.push(match);
  }
  const order: Record<Tense, number> = { now: 0, before: 1, unknown: 2 };
  return out.sort((a, b) => order[a.tense] - order[b.tense] || a.profile.name.localeCompare(b.profile.name));
}

/** An experience entry naming the employer: the ongoing one first. */
function fromEntries(profile: Profile, names: (text: string) => boolean): EmployerMatch | null {
  const entries = profile.experience.filter((e) => names(e.organization ?? '') || names(e.text));
  if (entries.length === 0) return null;
  const now = entries.find((e) => ONGOING.test(foldText(e.period ?? e.text)));
  const entry = now ?? entries[0]!;
  const tense: Tense = now ? 'now' : entry.period || /\d{4}/.test(entry.text) ? 'before' : 'unknown';
  return { profile, tense, line: entry.text };
}

/** A sentence of the profile's own text (headline first) that names the employer as a workplace. */
function fromSentences(profile: Profile, wanted: string): EmployerMatch | null {
  const texts = [profile.headline ?? '', ...profile.sections.flatMap((s) => [s.text, ...s.items])];
  let left = MAX_TEXT;
  for (const text of texts) {
    if (left <= 0) break;
    left -= text.length;
    for (const sentence of text.slice(0, MAX_TEXT).split(/(?<=[.!?])\s+|\n/)) {
      const line = sentence.trim().slice(0, MAX_SENTENCE);
      const at = workplaceAt(line, wanted);
      if (at < 0) continue;
      return { profile, tense: PAST.test(foldText(line.slice(0, at))) ? 'before' : 'now', line };
    }
  }
  return null;
}

/** Words of a sentence looked at, at most. */
const MAX_WORDS = 80;

/**
 * Where the sentence names the employer as a name after a word about working there ("at Google",
 * "ex-Meta", "joined Stripe", "@Stripe"): written with a capital (a name, not the word "meta"); -1 when
 * it doesn't.
 */
function workplaceAt(sentence: string, wanted: string): number {
  if (!` ${foldText(sentence)} `.includes(` ${wanted} `)) return -1;
  const first = wanted.split(' ')[0]!;
  let seen = 0;
  for (const match of sentence.matchAll(/[\p{L}\p{N}]+/gu)) {
    seen += 1;
    if (seen > MAX_WORDS) break;
    if (foldText(match[0]) !== first || !/^[\p{Lu}\p{N}]/u.test(match[0])) continue;
    if (!` ${foldText(sentence.slice(match.index))} `.startsWith(` ${wanted} `)) continue;
    const before = sentence.slice(0, match.index);
    if (/@\s*$/.test(before) || AT_WORK.test(` ${foldText(before)}`)) return match.index;
  }
  return -1;
}
