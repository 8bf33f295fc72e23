// whoKnows: listed people ranked for a skill. A listed skill beats a fuzzy spelling beats a prose
// mention ("event-driven" in an About); ties in name order. Built so that a skill or word half of
// 50,000 profiles hold still answers in a few milliseconds: never a match object per holder.
import type { Profile } from '../profiles/model/profile.js';
import { wordTokens } from '../text/fold-text.js';
import { byNameKey } from './name-order.js';
import { EVIDENCE_SCORE } from './search-keys.js';
import type { SkillMatch, WhoKnowsResult } from './search-types.js';
import type { createSectionIndex } from './section-search.js';
import { snippetFor } from './section-search.js';
import type { createSkillIndex } from './skill-search.js';
import { isTitleList } from './title-list.js';
import { topK } from './top-k.js';

const byScoreThenName = (a: SkillMatch, b: SkillMatch) =>
  a.score !== b.score ? b.score - a.score : byNameKey(a.profile, b.profile);

export interface WhoKnowsDeps {
  get: (id: string) => Profile | undefined;
  skills: ReturnType<typeof createSkillIndex>;
  sections: ReturnType<typeof createSectionIndex>;
  /** Everyone in name order. */
  all: () => readonly Profile[];
}

export function whoKnows(deps: WhoKnowsDeps, skill: string, limit: number): WhoKnowsResult {
  // `deps.sections` is read only when prose mentions are needed: a lazy index is built on that first read.
  const { get, skills, all } = deps;
  // The common case, a skill at least `limit` people list: a slice of its holders in name order.
  const direct = skills.firstHolders(skill, limit, get, { fuzzy: false });
  if (direct) return direct;
  // Spelling is corrected only for words nobody uses: "trust" in a profile is not a typo for Rust.
  const exact = skills.find(skill, get, { fuzzy: false });
  const typedWords = wordTokens(exact.canonical);
  const mentionsOf = (words: readonly string[], skip: ReadonlySet<string>) =>
    deps.sections.mentioners(words, { everyone: all(), limit, skip }, (section) => !isTitleList(section));
  // Nobody lists it: its prose mentions decide between reading it as typed and correcting it.
  const typedProse = exact.matches.length === 0 ? mentionsOf(typedWords, new Set()) : null;
  if (typedProse && !typedProse.any) {
    const corrected = skills.firstHolders(skill, limit, get, { fuzzy: true });
    if (corrected) return corrected;
  }
  const chosen = typedProse?.any === false ? skills.find(skill, get, { fuzzy: true }) : exact;
  const { canonical, matches } = chosen;
  const listed = matches.filter((m) => m.profile.listed);
  const top = topK(listed, limit, byScoreThenName);
  // A weak fuzzy match (below a prose mention's score) can still be outranked by prose.
  if (top.length >= limit && top[limit - 1]!.score >= EVIDENCE_SCORE.prose)
    return { canonical, matches: top };
  // Fewer than `limit` hold the skill: the first people in name order who mention it as whole words
  // (outside title lists) fill the list, below them.
  const words = canonical === exact.canonical ? typedWords : wordTokens(canonical);
  const taken = new Set(matches.map((m) => m.profile.id));
  const shown =
    typedProse && taken.size === 0 && words === typedWords
      ? typedProse.first
      : mentionsOf(words, taken).first;
  const proseMatches = shown.map(({ profile, section }) => ({
    profile,
    skill: {
      name: canonical,
      category: section.title || null,
      evidence: snippetFor(section, words),
      source: 'text' as const,
      line: section.line,
    },
    score: EVIDENCE_SCORE.prose,
  }));
  return { canonical, matches: topK([...top, ...proseMatches], limit, byScoreThenName) };
}
