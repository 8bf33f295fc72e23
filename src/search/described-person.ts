// People described instead of named: "the kotlin dev" (the one person who lists Kotlin), "the firmware
// person", "the data engineer" (headline words). Only phrases ending in a word for a person count, so a
// bare skill ("kotlin") is never read as someone.
import type { Profile } from '../profiles/model/profile.js';
import { foldText } from '../text/fold-text.js';
import { joinCapped } from '../text/join-capped.js';
import { type DescribedAtDeps, describedAt, onlyHolder } from './described-at.js';
import { ANSWER_TEXT_MAX } from './search-keys.js';
import type { Resolution } from './search-types.js';

/** Words that only say "a person": the rest of the phrase is what they do ("django guy"). */
const GENERIC = new Set(
  'guy guys gal dude person people one folks expert specialist dev developer coder lady man woman wizard ninja nerd fan pro master'.split(
    ' ',
  ),
);
/** Job words a headline uses ("engineer", "designer", "lead"), and words shaped like them. */
const ROLE_WORDS = new Set(
  'engineer programmer designer manager lead architect scientist analyst consultant admin administrator founder researcher writer sre dba pm em student captain maintainer author creator contributor mvp ambassador advocate evangelist intern teacher mentor professor instructor hacker enthusiast champion freelancer ceo cto cpo coo cfo ciso vp svp evp head president chief devrel'.split(
    ' ',
  ),
);
const ROLE_SHAPE = /(?:er|or|ist|ian|ect|ead|ager|ant)$/;
const ARTICLES = /^(?:the|a|an|our|your|that|this|my)\s+/i;
const ABBREVIATIONS: Record<string, string> = {
  ml: 'machine learning',
  sre: 'site reliability',
  pm: 'product manager',
  em: 'engineering manager',
  fe: 'frontend',
  be: 'backend',
  ee: 'electrical engineering',
  cs: 'computer science',
  infra: 'infrastructure',
  dba: 'database administrator',
  qa: 'quality assurance',
};
/** More than this many matches: "which one?" lists the first ones. */
const MAX_CANDIDATES = 10;

export interface DescribedDeps {
  /** Listed holders of exactly this skill (aliases understood, typos not); undefined when it is no skill. */
  holdersOf(skill: string): { ids: Iterable<string> } | undefined;
  withHeadline(words: readonly string[]): Profile[];
  /** People whose profile text holds these folded words side by side ("docker captain"). */
  withPhrase(words: readonly string[]): Profile[];
  get(id: string): Profile | undefined;
  /** For "the SRE at vipps", "the hanselminutes podcaster": names and a search (see described-at.ts). */
  at?: Omit<DescribedAtDeps, 'expand'>;
}

export function describedPerson(query: string, deps: DescribedDeps): Resolution<Profile> | null {
  const words = singularRole(
    query
      .trim()
      .replace(ARTICLES, '')
      .replace(/(?:'s|s')$/i, '')
      .split(/\s+/)
      .filter(Boolean),
  );
  const phrase = words.join(' ');
  const atDeps = deps.at && { ...deps.at, expand: spelledOut };
  // "the SRE at vipps", "the kwame who does data engineering": who, narrowed by where or what.
  const located =
    atDeps && words.length <= 9
      ? describedAt(
          words.map(lower),
          {
            isPerson: (w) => isPersonWord(w, deps),
            isTitle: (head) => isTitleOf(head, deps),
            isGeneric: (w) => GENERIC.has(w),
          },
          atDeps,
        )
      : null;
  if (located) return pick(located.filter((p) => p.listed).slice(0, MAX_CANDIDATES));
  if (words.length < 1 || words.length > 5) return null;
  const last = words.at(-1)!.toLowerCase();
  const generic = GENERIC.has(last);
  const core = words.slice(0, -1).join(' ');
  if (generic && core) {
    const holders = deps.holdersOf(core);
    if (holders) return pick([...limited(holders.ids, deps)]);
  }
  const role =
    generic ||
    ROLE_WORDS.has(last) ||
    (ROLE_SHAPE.test(last) && !deps.holdersOf(last)) ||
    isTitleOf(words.map(lower), deps);
  if (!role) return null;
  const typed = foldText(generic ? core : phrase)
    .split(' ')
    .filter(Boolean);
  const described = typed.flatMap((w) =>
    (Object.hasOwn(ABBREVIATIONS, w) ? ABBREVIATIONS[w]! : w).split(' '),
  );
  // A headline may use the abbreviation itself ("ML engineer"): the words as typed, when spelled out finds no one.
  let people = deps.withHeadline(described).filter((p) => p.listed);
  if (people.length === 0 && described.join(' ') !== typed.join(' '))
    people = deps.withHeadline(typed).filter((p) => p.listed);
  // No headline says it: the words side by side in a profile ("Docker Captain" on a badge, "Electrical
  // Engineering student" in the intro), with the job word, so a bare topic names no one.
  // One search, only for a description no name, skill or headline answered: the cost of the search the
  // question would otherwise end in.
  if (people.length === 0 && !generic && described.length >= 2)
    people = deps.withPhrase(described).filter((p) => p.listed);
  // Still no one: the one profile that holds every word ("the hanselminutes podcaster").
  const only = people.length === 0 && atDeps && typed.length >= 2 ? onlyHolder(typed, atDeps) : null;
  if (only?.listed) return pick([only]);
  return people.length > 0 ? pick(people.slice(0, MAX_CANDIDATES)) : null;
}

const lower = (w: string) => w.toLowerCase();

/** "designers", "backend engineers": a job word said in the plural is the same description. */
function singularRole(words: string[]): string[] {
  const last = words.at(-1)?.toLowerCase() ?? '';
  const one = last.endsWith('s') && !last.endsWith('ss') ? last.slice(0, -1) : '';
  return one && (ROLE_WORDS.has(one) || GENERIC.has(one)) ? [...words.slice(0, -1), one] : words;
}
const spelledOut = (w: string) => (Object.hasOwn(ABBREVIATIONS, w) ? ABBREVIATIONS[w] : undefined);

/** A word for a person ("guy", "dev") or their job ("designer", "sre"), not a skill ("docker"). */
function isPersonWord(word: string, deps: DescribedDeps): boolean {
  return GENERIC.has(word) || ROLE_WORDS.has(word) || (ROLE_SHAPE.test(word) && !deps.holdersOf(word));
}

/** A job said as "title of area" ("head of product", "vp of engineering", "director of design"). */
function isTitleOf(words: readonly string[], deps: DescribedDeps): boolean {
  const of = words.indexOf('of');
  return of > 0 && of < words.length - 1 && isPersonWord(words[of - 1]!, deps);
}

function* limited(ids: Iterable<string>, deps: DescribedDeps): Iterable<Profile> {
  let n = 0;
  for (const id of ids) {
    const profile = deps.get(id);
    if (!profile?.listed) continue;
    yield profile;
    if (++n >= MAX_CANDIDATES) return;
  }
}

function pick(people: Profile[]): Resolution<Profile> | null {
  if (people.length === 0) return null;
  if (people.length === 1) return { status: 'found', value: people[0]!, score: 0.8 };
  return { status: 'ambiguous', candidates: people };
}

/**
 * Listed people in whose matching sections the words stand side by side, read from the top search
 * hits only (a description names one person or a few, never a crowd).
 */
export function withPhrase(
  index: {
    search(
      query: string,
      options: { limit: number },
    ): readonly { profile: Profile; section: { text: string; items: string[] } }[];
  },
  words: readonly string[],
): Profile[] {
  const phrase = ` ${words.join(' ')} `;
  const people = new Map<string, Profile>();
  for (const hit of index.search(words.join(' '), { limit: MAX_CANDIDATES })) {
    const text = ` ${foldText(joinCapped([hit.section.text, ...hit.section.items], '\n', ANSWER_TEXT_MAX))} `;
    if (text.includes(phrase)) people.set(hit.profile.id, hit.profile);
  }
  return [...people.values()];
}
