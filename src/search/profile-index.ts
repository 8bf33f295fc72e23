// createProfileIndex: the ProfileIndex over people, skills and sections, updated incrementally.
// Token/trigram indexes choose small candidate sets; fuse.js ranks them (keys and weights in search-keys.ts).
import type { Profile } from '../profiles/model/profile.js';
import { foldText } from '../text/fold-text.js';
import { checkSnapshot, KeptIndexMisfit } from './check-snapshot.js';
import { namedBy } from './described-at.js';
import { describedPerson, withPhrase } from './described-person.js';
import { personByHandleWords } from './handle-words.js';
import { type IndexSnapshot, restorePeople, restoreSkills, snapshotOf } from './index-snapshot.js';
import { createLazySections } from './lazy-sections.js';
import { byName, byNameKey, createSortedProfiles, firstInOrder } from './name-order.js';
import { createOtherScriptWriters } from './other-script-writers.js';
import { peopleWithWords } from './people-with-words.js';
import { personByLink } from './person-by-link.js';
import { createPersonIndex } from './resolve-person.js';
import { resolveSection, sectionTitles } from './resolve-section.js';
import type { ProfileIndex } from './search-types.js';
import { createSkillIndex } from './skill-search.js';
import { deriveTeamFacts } from './team-facts.js';
import { compareNames, topK } from './top-k.js';
import { whoKnows } from './who-knows.js';
import { whoKnowsAll } from './who-knows-all.js';

// "the kotlin dev", "our data engineer", "firmware person": an article, or a word for someone who does a job.
const DESCRIBED =
  /^(?:the|our|a|an|that|this)\s|\b(?:dev|devs|developer|engineer|guy|gal|person|people|one|expert|folks?|specialist|lead|admin)\b/i;

export interface IndexOptions {
  /**
   * Build the full-text index of sections on its first use instead of now: for one answer (`ask`), where
   * most questions never read it and it is most of the build's time. A server builds it up front, so no
   * query pays for it.
   */
  lazySections?: boolean;
  /** People and skill indexes as snapshotIndex took them over these profiles in this order, by this code
   * (the parse cache keys it so): restored instead of built. Throws when it does not fit the profiles. */
  from?: IndexSnapshot;
  /** Told when a question found a restored holder's skill missing from their profile (a forgery): the
   * skill indexes were built afresh, and the question answered from them. */
  onKeptMisfit?: (problem: string) => void;
}

// Each index's snapshot, taken on request: only `ask` keeps one (in the parse cache).
const snapshots = new WeakMap<ProfileIndex, () => IndexSnapshot>();

/** The people and skill indexes of an index this module made, as plain data for IndexOptions.from. */
export function snapshotIndex(index: ProfileIndex): IndexSnapshot {
  const take = snapshots.get(index);
  if (!take) throw new Error('not an index made by createProfileIndex');
  return take();
}

export function createProfileIndex(initial: readonly Profile[], options: IndexOptions = {}): ProfileIndex {
  const profiles = new Map<string, Profile>();
  const get = (id: string) => profiles.get(id);
  const { from } = options;
  if (from) {
    for (const profile of initial) profiles.set(profile.id, profile);
    checkSnapshot(
      from,
      initial.map((p) => p.id),
    );
  }
  const people = createPersonIndex(get, from && restorePeople(from.people, from.ids));
  let skills = createSkillIndex(byNameKey, from && restoreSkills(from.skills, from.ids, get));
  /** `ask` with a restored index whose holder's skill is not in their profile: built afresh, asked again. */
  function withSkills<T>(ask: () => T): T {
    try {
      return ask();
    } catch (error) {
      if (!(error instanceof KeptIndexMisfit)) throw error;
      skills = createSkillIndex(byNameKey);
      for (const profile of profiles.values()) skills.add(profile);
      options.onKeptMisfit?.(error.message);
      return ask();
    }
  }
  const { sectionIndex, sections, countTitles, counted } = createLazySections(profiles, options.lazySections);
  const writers = createOtherScriptWriters(profiles);
  // Restored people and skills hold everyone already; what is built (sections, titles) takes them now.
  for (const profile of initial) {
    if (!from) addToIndexes(profile);
    else {
      sections.add(profile);
      countTitles(profile, 1);
    }
    // Team questions read everyone's titles and other-script text: derived now (unless lazy), not by a question.
    if (!options.lazySections) deriveTeamFacts(profile);
  }
  const sorted = createSortedProfiles(profiles.values());

  function addToIndexes(profile: Profile): Profile | undefined {
    const previous = profiles.get(profile.id);
    if (previous) {
      countTitles(previous, -1);
      // Each index is handed the version it holds: it derives the words to take out from it.
      people.remove(previous);
      skills.remove(previous);
      sections.remove(previous);
      writers.remove(previous);
    }
    profiles.set(profile.id, profile);
    people.add(profile);
    skills.add(profile);
    sections.add(profile);
    writers.add(profile);
    countTitles(profile, 1);
    return previous;
  }

  const index: ProfileIndex = {
    get size() {
      return profiles.size;
    },
    all: () => sorted.all(),
    get,
    isNameWord: (word) => people.isNameWord(word),
    isNameOfOne: (words) => people.isNameOfOne(words),
    resolvePerson(query) {
      const linked = query.includes('/') ? personByLink(query, () => sorted.all(), people.resolve) : null;
      if (linked) return linked; // "github.com/ana-dev": whoever lists the link
      const byName = people.resolve(query);
      if (byName.status === 'found' && byName.score >= 0.75) return byName;
      // A weak name match is a typo'd name unless the words read as a description: only then pay for
      // the skill and headline lookups (they cost ~10 ms at 50,000 profiles).
      if (byName.status === 'found' && !DESCRIBED.test(query)) return byName;
      // "the kotlin dev", "the data engineer": described by a skill or headline words.
      const described = describedPerson(query, {
        holdersOf: (skill) => {
          const found = skills.exactHolders(skill);
          return found ? { ids: found.keys() } : undefined;
        },
        withHeadline: people.withHeadline,
        withPhrase: (words) => withPhrase(index, words),
        get,
        at: {
          named: (words) => namedBy(people.resolve(words.join(' ')), words),
          searched: (words, limit) => [
            ...new Set(index.search(words.join(' '), { limit }).map((h) => h.profile)),
          ],
        },
      });
      // A name no one goes by may be a word of someone's account handle elsewhere ('albert-burkas').
      return (
        described ??
        (byName.status === 'not_found' ? personByHandleWords(query, sorted.all()) : null) ??
        byName
      );
    },
    whoKnows: (skill, options = {}) =>
      withSkills(() =>
        whoKnows(
          {
            get,
            skills,
            get sections() {
              return sectionIndex();
            },
            all: () => sorted.all(),
          },
          skill,
          options.limit ?? 10,
        ),
      ),
    whoKnowsAll: (terms, options = {}) =>
      withSkills(() => whoKnowsAll({ get, skills }, terms, options.limit ?? 10)),
    search: (query, options = {}) => sectionIndex().search(query, { ...options, listedOnly: true }),
    withWords: (query, limit) => peopleWithWords(sectionIndex().withWords, query, limit),
    otherScriptWriters: () => writers.all(),
    resolveSection: (profile, query) => resolveSection(profile, query),
    completePeople(prefix, limit) {
      const folded = foldText(prefix);
      if (!folded) return index.all().slice(0, limit);
      const ids = people.startingWith(folded);
      // Many matches ("a"): walk everyone in name order and stop at `limit`; few: order just those.
      const many = ids.length > 500 ? new Set(ids) : null;
      const starts = many
        ? firstInOrder(index.all(), (p) => (many.has(p.id) ? p : undefined), limit)
        : topK(
            ids.flatMap((id) => get(id) ?? []),
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
      // Without a person: every title in use, the most used first.
      const titles = profile
        ? sectionTitles(profile)
        : [...counted()].sort((a, b) => b[1] - a[1] || compareNames(a[0], b[0])).map(([t]) => t);
      const folded = foldText(prefix);
      const starts = titles.filter((t) => foldText(t).startsWith(folded));
      const contains = titles.filter((t) => folded && foldText(t).includes(folded));
      return [...new Set([...starts, ...contains])].slice(0, limit);
    },
    upsert(profile) {
      sorted.replace(addToIndexes(profile), profile);
      if (!options.lazySections) deriveTeamFacts(profile);
    },
    remove(id) {
      const previous = profiles.get(id);
      if (!previous) return;
      countTitles(previous, -1);
      people.remove(previous);
      skills.remove(previous);
      sections.remove(previous);
      writers.remove(previous);
      profiles.delete(id);
      sorted.replace(previous, undefined);
    },
  };
  snapshots.set(index, () => snapshotOf(people.state(), skills.state(), profiles));
  return index;
}
