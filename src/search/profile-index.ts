// createProfileIndex: the ProfileIndex over people, skills and sections, updated incrementally.
// Token/trigram indexes choose small candidate sets; fuse.js ranks them (keys and weights in search-keys.ts).
import type { Profile, Section } from '../profiles/profile.js';
import { foldText, wordTokens } from './fold-text.js';
import { createPersonIndex } from './resolve-person.js';
import { resolveSection, sectionTitles } from './resolve-section.js';
import { EVIDENCE_SCORE } from './search-keys.js';
import type { ProfileIndex, SkillMatch } from './search-types.js';
import { createSectionIndex, snippetFor } from './section-search.js';
import { createSkillIndex } from './skill-search.js';
import { compareNames, topK } from './top-k.js';

const byName = (a: Profile, b: Profile) => compareNames(a.name, b.name) || compareNames(a.id, b.id);

// Ranked lists break score ties by name thousands of times per query at 50k profiles: a folded name
// compared as plain strings costs a fraction of a collator call and orders Latin names the same way.
const sortKeys = new WeakMap<Profile, string>();
const sortKey = (p: Profile): string => {
  let key = sortKeys.get(p);
  if (key === undefined) {
    key = `${foldText(p.name)}\u0000${p.id}`;
    sortKeys.set(p, key);
  }
  return key;
};
const byNameKey = (a: Profile, b: Profile) => {
  const [x, y] = [sortKey(a), sortKey(b)];
  return x < y ? -1 : x > y ? 1 : 0;
};
const byScoreThenName = (a: SkillMatch, b: SkillMatch) =>
  a.score !== b.score ? b.score - a.score : byNameKey(a.profile, b.profile);

export function createProfileIndex(initial: readonly Profile[]): ProfileIndex {
  const profiles = new Map<string, Profile>();
  const get = (id: string) => profiles.get(id);
  const people = createPersonIndex(get);
  const skills = createSkillIndex(byNameKey);
  const sections = createSectionIndex(get);
  let sorted: Profile[] | null = null;

  const index: ProfileIndex = {
    get size() {
      return profiles.size;
    },
    all() {
      sorted ??= [...profiles.values()].sort(byName);
      return sorted;
    },
    get,
    resolvePerson: (query) => people.resolve(query),
    whoKnows(skill, options = {}) {
      const limit = options.limit ?? 10;
      // The common case, a skill at least `limit` people list: a slice of its holders in name order.
      const direct = skills.firstHolders(skill, limit, get, { fuzzy: false });
      if (direct) return direct;
      // Spelling is corrected only for words nobody uses: "trust" in a profile is not a typo for Rust.
      const exact = skills.find(skill, get, { fuzzy: false });
      const typedWords = wordTokens(exact.canonical);
      // Fewer than `limit` list the skill: prose mentions ("event driven" in an About) fill the list.
      const prose = sections.withWords(typedWords);
      if (exact.matches.length + prose.length === 0) {
        const corrected = skills.firstHolders(skill, limit, get, { fuzzy: true });
        if (corrected) return corrected;
      }
      const chosen =
        exact.matches.length + prose.length > 0
          ? exact
          : skills.find(skill, get, { fuzzy: true, enough: limit });
      const { canonical, matches } = chosen;
      const listedChosen = matches.filter((m) => m.profile.listed);
      if (chosen !== exact && listedChosen.length >= limit)
        return { canonical, matches: topK(listedChosen, limit, byScoreThenName) };
      const found = new Map(matches.map((m) => [m.profile.id, m]));
      const proseSection = new Map<SkillMatch, Section>();
      // Prose mentions as whole words ("Event-driven architectures" for "event driven"), below listed skills.
      const words = canonical === exact.canonical ? typedWords : wordTokens(canonical);
      for (const { profile, section } of canonical === exact.canonical ? prose : sections.withWords(words)) {
        if (found.has(profile.id)) continue;
        const mention: SkillMatch = {
          profile,
          skill: {
            name: canonical,
            category: section.title || null,
            evidence: '', // filled in below, only for the mentions that make the list
            source: 'text',
            line: section.line,
          },
          score: EVIDENCE_SCORE.prose,
        };
        found.set(profile.id, mention);
        proseSection.set(mention, section);
      }
      const listed = [...found.values()].filter((m) => m.profile.listed);
      const top = topK(listed, limit, byScoreThenName);
      for (const m of top) {
        const section = proseSection.get(m);
        if (section) m.skill.evidence = snippetFor(section, words);
      }
      return { canonical, matches: top };
    },
    search: (query, options = {}) => sections.search(query, { ...options, listedOnly: true }),
    resolveSection: (profile, query) => resolveSection(profile, query),
    completePeople(prefix, limit) {
      const folded = foldText(prefix);
      if (!folded) return index.all().slice(0, limit);
      const starts = topK(
        people.startingWith(folded).flatMap((id) => get(id) ?? []),
        limit,
        byName,
      );
      const ranked = people
        .rank(prefix)
        .filter((r) => r.score >= 0.3)
        .map((r) => r.profile);
      return [...new Set([...starts, ...ranked])].slice(0, limit);
    },
    completeSkills: (prefix, limit) => skills.complete(prefix, limit),
    completeSections(profile, prefix, limit) {
      const titles = profile ? sectionTitles(profile) : [...new Set(index.all().flatMap(sectionTitles))];
      const folded = foldText(prefix);
      const starts = titles.filter((t) => foldText(t).startsWith(folded));
      const contains = titles.filter((t) => folded && foldText(t).includes(folded));
      return [...new Set([...starts, ...contains])].slice(0, limit);
    },
    upsert(profile) {
      profiles.set(profile.id, profile);
      people.add(profile);
      skills.add(profile);
      sections.add(profile);
      sorted = null;
    },
    remove(id) {
      people.remove(id);
      skills.remove(id);
      sections.remove(id);
      profiles.delete(id);
      sorted = null;
    },
  };
  for (const profile of initial) index.upsert(profile);
  return index;
}
