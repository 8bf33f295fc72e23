// rankPeople: the people a typed name may mean, ranked by fuse.js over their names blended with how much
// of the name the words cover; and withinNameTypos, whoever is within a few typos of every word typed.
import Fuse from 'fuse.js';
import type { Profile } from '../profiles/model/profile.js';
import { wordTokens } from '../text/fold-text.js';
import { allowedTypos } from './edit-distance.js';
import { byName } from './name-order.js';
import { CANDIDATES, FUSE_PATTERN_MAX, FUSE_THRESHOLD, PERSON_KEYS } from './search-keys.js';
import type { NearWord, TokenIndex } from './token-index.js';
import { compareNames, topK } from './top-k.js';

interface PersonRecord {
  id: string;
  name: string;
  handle: string;
  aliases: string[];
}

/** Candidates with how well the query's words cover the person's name words (prefixes count). */
export function nameCoverage(tokens: TokenIndex<string>, query: string): [string, number][] {
  return tokens.coverage(wordTokens(query), { minSimilarity: 0.4, limit: 12 });
}

/** Candidates ranked by fuse.js over their names, blended with word coverage. */
export function rankPeople(
  tokens: TokenIndex<string>,
  get: (id: string) => Profile | undefined,
  query: string,
): { profile: Profile; score: number }[] {
  const coverage = nameCoverage(tokens, query);
  const top = topK(coverage, CANDIDATES.person, (a, b) => b[1] - a[1]);
  const records: PersonRecord[] = top.map(([id]) => {
    const p = get(id)!;
    return { id, name: p.name, handle: p.handle ?? '', aliases: p.aliases };
  });
  const fuse = new Fuse(records, {
    keys: PERSON_KEYS,
    includeScore: true,
    ignoreLocation: true,
    threshold: FUSE_THRESHOLD.person,
  });
  const fuseScore = new Map(
    fuse.search(query.slice(0, FUSE_PATTERN_MAX)).map((r) => [r.item.id, 1 - (r.score ?? 1)]),
  );
  return top
    .map(([id, cover]) => ({
      profile: get(id)!,
      score: 0.5 * Math.min(cover, 1) + 0.5 * (fuseScore.get(id) ?? 0),
    }))
    .sort((a, b) => b.score - a.score || compareNames(a.profile.name, b.profile.name));
}

/**
 * People each of whose typed words is a name word of theirs within a few typos (fewest in total);
 * several when they are equally near. At most three words are read.
 */
export function withinNameTypos(
  tokens: TokenIndex<string>,
  get: (id: string) => Profile | undefined,
  query: string,
): Profile[] {
  const words = wordTokens(query).slice(0, 3);
  const near: NearWord[][] = [];
  for (const word of words) {
    const max = allowedTypos(word.length + 1);
    const found = max === 0 ? [] : tokens.withinEdits(word, max);
    if (found.length === 0) return [];
    near.push(found);
  }
  const total = tokens.nearAll(near);
  const fewest = Math.min(...total.map(([, d]) => d));
  const nearest = total.flatMap(([id, d]) => {
    const p = d === fewest ? get(id) : undefined;
    return p?.listed ? [p] : [];
  });
  return topK(nearest, 10, byName);
}
