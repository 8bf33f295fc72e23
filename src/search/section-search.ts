// createSectionIndex: full-text search over every section. The token/trigram index picks ≤60 candidate
// sections; fuse.js ranks them, blended with how many of the query's words each one holds.
import Fuse from 'fuse.js';
import type { Profile, Section } from '../profiles/model/profile.js';
import { foldedWords, foldText, wordTokens } from '../text/fold-text.js';
import { joinCapped } from '../text/join-capped.js';
import { sliceWhole } from '../text/slice-whole.js';
import { byName } from './name-order.js';
import { ANSWER_TEXT_MAX, CANDIDATES, FUSE_PATTERN_MAX, FUSE_TEXT_MAX, SECTION_KEYS } from './search-keys.js';
import type { SearchHit } from './search-types.js';
import { createNumberedTokenIndex } from './token-index.js';
import { compareNames, topK } from './top-k.js';

const STOPWORDS = new Set(
  'a an and are as at be by can do does for from has have how i in is it me my of on or our the their to was we what where which who with you your about know knows'.split(
    ' ',
  ),
);
const SNIPPET = 200;
// whoknows prose: a word in as many sections as 1/16 of the people is looked for by walking people in
// name order, giving up after 100 people per wanted one (then its postings are read after all).
const DENSE_SHARE = 16;
const WALK_PER_RESULT = 100;

export interface Mention {
  profile: Profile;
  section: Section;
}

/** One indexed section; the profile is the current one (a change re-adds every section). */
type SectionDoc = Mention;

/** The words a search looks for. Only stopwords ("the", "a") find nothing: they are in every section. */
export function queryWords(query: string): string[] {
  return wordTokens(query).filter((w) => !STOPWORDS.has(w));
}

/** A section's title, text and items joined, as much of them as an answer reads (ANSWER_TEXT_MAX). */
export function sectionText(section: Section, separator = '\n'): string {
  return joinCapped([section.title, section.text, ...section.items], separator, ANSWER_TEXT_MAX);
}

/** The line of a section that holds most of the words, cut to ≤ 200 chars around the first one. */
export function snippetFor(section: Section, words: readonly string[]): string {
  const lines = sectionText(section).split('\n').filter(Boolean);
  let best = lines[0] ?? '';
  let bestHits = -1;
  for (const line of lines) {
    const folded = ` ${foldText(line)} `;
    const hits = words.filter((w) => folded.includes(` ${w}`)).length;
    if (hits > bestHits) [best, bestHits] = [line, hits];
  }
  if (best.length <= SNIPPET) return best;
  const at = Math.max(0, foldText(best).indexOf(words[0] ?? '') - 60);
  const cut = sliceWhole(best, at, at + SNIPPET - 2);
  return `${at > 0 ? '…' : ''}${cut}${at + SNIPPET - 2 < best.length ? '…' : ''}`;
}

/** The words a section is indexed under (derived again to take it out of the index). */
const sectionWords = (section: Section): string[] =>
  foldedWords(`${section.title}\n${section.text}\n${section.items.join('\n')}`);

export function createSectionIndex() {
  // Sections are numbered documents: section n is sectionAt[n] of profileAt[n] (two array slots, where
  // an object and a map entry per section were a tenth of the heap at 50,000 profiles).
  const tokens = createNumberedTokenIndex();
  const sectionAt: (Section | undefined)[] = [];
  const profileAt: (Profile | undefined)[] = [];
  const free: number[] = [];
  const docsOf = new Map<string, number[]>();
  const docAt = (n: number): SectionDoc => ({ profile: profileAt[n]!, section: sectionAt[n]! });

  /** Indexes a profile not indexed yet (`remove` the previous version of it first). */
  function add(profile: Profile): void {
    const numbers = profile.sections.map((section) => {
      const n = free.pop() ?? sectionAt.length;
      sectionAt[n] = section;
      profileAt[n] = profile;
      tokens.add(n, sectionWords(section));
      return n;
    });
    docsOf.set(profile.id, numbers);
  }

  /** Takes out `profile`, the version that was added. */
  function remove(profile: Profile): void {
    for (const n of docsOf.get(profile.id) ?? []) {
      tokens.remove(n, sectionWords(sectionAt[n]!));
      sectionAt[n] = undefined;
      profileAt[n] = undefined;
      free.push(n);
    }
    docsOf.delete(profile.id);
  }

  /** Sections holding the exact word (no fuzzing, no substrings): prose evidence for whoknows. */
  function withWords(words: readonly string[]): readonly SectionDoc[] {
    return tokens.docsWithAll(words).map(docAt);
  }

  function search(
    query: string,
    options: { personId?: string; limit?: number; listedOnly: boolean; anyWord?: boolean },
  ): SearchHit[] {
    const words = queryWords(query);
    if (words.length === 0) return [];
    const { personId, listedOnly } = options;
    // Scoped to one person, only their sections are looked up in each word's postings; listing is checked
    // after ranking (few people are unlisted, and a check per posting costs a phrase query at 50k profiles
    // three times its time).
    const inScope = personId ? (docsOf.get(personId) ?? []) : undefined;
    // One word is enough only within one person's sections: a handful, never the whole index.
    const min = options.anyWord && personId ? Number.MIN_VALUE : 0.5;
    const coverage = tokens.coverage(words, { minSimilarity: 0.5, limit: 4, min }, inScope);
    const candidates = topK(coverage, CANDIDATES.search, (a, b) => b[1] - a[1])
      .filter(([n]) => personId || !listedOnly || profileAt[n]!.listed)
      .map(([n, cover], key) => ({ ...docAt(n), key, cover }));
    const fuse = new Fuse(
      candidates.map((c) => ({
        key: c.key,
        title: c.section.title,
        text: c.section.text.slice(0, FUSE_TEXT_MAX),
        items: c.section.items,
      })),
      { keys: SECTION_KEYS, includeScore: true, ignoreLocation: true, threshold: 1 },
    );
    // Fuse's cost grows with the pattern (one bitap pass per 32 characters): long queries are ranked by their start.
    const fuseScore = new Map(
      fuse.search(query.slice(0, FUSE_PATTERN_MAX)).map((r) => [r.item.key, 1 - (r.score ?? 1)]),
    );
    const phrase = foldText(query);
    const scored = candidates.map((c) => {
      // The phrase is looked for where fuse looks (its fold is the costliest step of a search).
      const whole = foldText(
        joinCapped([c.section.title, c.section.text, ...c.section.items], ' ', FUSE_TEXT_MAX),
      );
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

  /**
   * Prose evidence for whoknows: whether any section `accept`s and holds every word, and the first
   * `limit` listed people of `everyone` (name order) outside `skip`, each with their first such
   * section. A word most people use ("reliability") is found by walking everyone in order, which
   * stops after a few dozen people; a rare one through its postings. Neither reads tens of
   * thousands of sections into a list.
   */
  function mentioners(
    words: readonly string[],
    options: { everyone: readonly Profile[]; limit: number; skip: ReadonlySet<string> },
    accept: (section: Section) => boolean,
  ): { any: boolean; first: Mention[] } {
    const { everyone, limit, skip } = options;
    const fewest = words.length === 0 ? 0 : Math.min(...words.map((w) => tokens.holderCount(w)));
    if (fewest === 0 || limit <= 0) return { any: false, first: [] };
    if (fewest * DENSE_SHARE >= everyone.length) {
      const first: Mention[] = [];
      let any = false;
      for (let i = 0; i < everyone.length && i < limit * WALK_PER_RESULT; i++) {
        const profile = everyone[i]!;
        const n = docsOf.get(profile.id)?.find((d) => accept(sectionAt[d]!) && tokens.holdsAll(d, words));
        if (n === undefined) continue;
        any = true;
        if (
          profile.listed &&
          !skip.has(profile.id) &&
          first.push({ profile, section: sectionAt[n]! }) >= limit
        )
          return { any, first };
      }
      if (everyone.length <= limit * WALK_PER_RESULT) return { any, first };
    }
    // Few holders, or the walk met too few (most mentions in title lists): read the postings.
    const docs = tokens
      .docsWithAll(words)
      .filter((n) => accept(sectionAt[n]!))
      .map(docAt);
    const firstOf = new Map<string, Mention>();
    for (const d of docs)
      if (d.profile.listed && !skip.has(d.profile.id) && !firstOf.has(d.profile.id))
        firstOf.set(d.profile.id, { profile: d.profile, section: d.section });
    return {
      any: docs.length > 0,
      first: topK(firstOf.values(), limit, (a, b) => byName(a.profile, b.profile)),
    };
  }

  return { add, remove, search, withWords, mentioners };
}
