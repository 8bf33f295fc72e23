// createSectionIndex: full-text search over every section. The token/trigram index picks ≤60 candidate
// sections; fuse.js ranks them, blended with how many of the query's words each one holds.
import Fuse from 'fuse.js';
import type { Profile, Section } from '../profiles/profile.js';
import { foldText, wordTokens } from './fold-text.js';
import { CANDIDATES, SECTION_KEYS } from './search-keys.js';
import type { SearchHit } from './search-types.js';
import { createTokenIndex } from './token-index.js';
import { compareNames, topK } from './top-k.js';

const STOPWORDS = new Set(
  'a an and are as at be by can do does for from has have how i in is it me my of on or our the their to was we what where which who with you your about know knows'.split(
    ' ',
  ),
);
const SNIPPET = 200;

/** A section document: "profileId#index". */
const docKey = (profileId: string, index: number) => `${profileId}#${index}`;

export function queryWords(query: string): string[] {
  const words = wordTokens(query);
  const meaningful = words.filter((w) => !STOPWORDS.has(w));
  return meaningful.length > 0 ? meaningful : words;
}

/** The line of a section that holds most of the words, cut to ≤ 200 chars around the first one. */
export function snippetFor(section: Section, words: readonly string[]): string {
  const lines = [section.title, ...section.text.split('\n'), ...section.items].filter(Boolean);
  let best = lines[0] ?? '';
  let bestHits = -1;
  for (const line of lines) {
    const folded = ` ${foldText(line)} `;
    const hits = words.filter((w) => folded.includes(` ${w}`)).length;
    if (hits > bestHits) [best, bestHits] = [line, hits];
  }
  if (best.length <= SNIPPET) return best;
  const at = Math.max(0, foldText(best).indexOf(words[0] ?? '') - 60);
  const cut = best.slice(at, at + SNIPPET - 2);
  return `${at > 0 ? '…' : ''}${cut}${at + SNIPPET - 2 < best.length ? '…' : ''}`;
}

export function createSectionIndex(get: (id: string) => Profile | undefined) {
  const tokens = createTokenIndex<string>();
  const countOf = new Map<string, number>();

  function add(profile: Profile): void {
    remove(profile.id);
    profile.sections.forEach((section, i) => {
      tokens.add(
        docKey(profile.id, i),
        wordTokens(`${section.title}\n${section.text}\n${section.items.join('\n')}`),
      );
    });
    countOf.set(profile.id, profile.sections.length);
  }

  function remove(id: string): void {
    for (let i = 0; i < (countOf.get(id) ?? 0); i++) tokens.remove(docKey(id, i));
    countOf.delete(id);
  }

  const sectionOf = (key: string): { profile: Profile; section: Section } | null => {
    const hash = key.lastIndexOf('#');
    const profile = get(key.slice(0, hash));
    const section = profile?.sections[Number(key.slice(hash + 1))];
    return profile && section ? { profile, section } : null;
  };

  /** Sections holding the exact word (no fuzzing, no substrings): prose evidence for whoknows. */
  function withWords(words: readonly string[]): { profile: Profile; section: Section }[] {
    return tokens.docsWithAll(words).flatMap((k) => sectionOf(k) ?? []);
  }

  function search(
    query: string,
    options: { personId?: string; limit?: number; listedOnly: boolean },
  ): SearchHit[] {
    const words = queryWords(query);
    if (words.length === 0) return [];
    const inScope = options.personId ? (key: string) => key.startsWith(`${options.personId}#`) : undefined;
    const coverage = tokens.coverage(words, { minSimilarity: 0.5, limit: 4, min: 0.5 }, inScope);
    const candidates = topK(coverage, CANDIDATES.search, (a, b) => b[1] - a[1]).flatMap(([key, cover]) => {
      const found = sectionOf(key);
      return found && (!options.listedOnly || found.profile.listed || options.personId)
        ? [{ ...found, key, cover }]
        : [];
    });
    const fuse = new Fuse(
      candidates.map((c) => ({
        key: c.key,
        title: c.section.title,
        text: c.section.text,
        items: c.section.items,
      })),
      { keys: SECTION_KEYS, includeScore: true, ignoreLocation: true, threshold: 1 },
    );
    const fuseScore = new Map(fuse.search(query).map((r) => [r.item.key, 1 - (r.score ?? 1)]));
    const phrase = foldText(query);
    const scored = candidates.map((c) => {
      const whole = foldText(`${c.section.title} ${c.section.text} ${c.section.items.join(' ')}`);
      const bonus = words.length > 1 && whole.includes(phrase) ? 0.1 : 0;
      const score = Math.min(1, 0.7 * Math.min(c.cover, 1) + 0.3 * (fuseScore.get(c.key) ?? 0) + bonus);
      return { ...c, score };
    });
    // Snippets only for the hits shown: each one folds every line of its section.
    return topK(
      scored,
      options.limit ?? 10,
      (a, b) => b.score - a.score || compareNames(a.profile.name, b.profile.name),
    ).map((c) => ({
      profile: c.profile,
      section: c.section,
      snippet: snippetFor(c.section, words),
      score: c.score,
    }));
  }

  return { add, remove, search, withWords };
}
