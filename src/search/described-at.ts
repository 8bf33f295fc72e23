// People described by what they do and where ("the SRE at vipps", "the kwame at lumo pay", "the game dev
// from galway", "the guy who worked at netflix"), or by two words only their profile holds ("the
// hanselminutes podcaster"): the person whose profile text holds every word of both parts.
import type { Profile } from '../profiles/model/profile.js';
import { foldText } from '../text/fold-text.js';
import { joinCapped } from '../text/join-capped.js';
import { ANSWER_TEXT_MAX } from './search-keys.js';
import type { Resolution } from './search-types.js';

/** What joins the description to where or what ("at", "from", "in", "who"). */
const CONNECTORS = new Set(['at', 'from', 'in', 'who', '@']);
/** Words after the connector that only lead to the place or company ("who worked at netflix"). */
const LEAD_WORDS = new Set(
  'who does do did works work worked working is was used to at for in on from the a an based lives living'.split(
    ' ',
  ),
);
/** People read per description: a description names one person or a few, never a crowd. */
const MAX_READ = 20;
/** Words this short match whole words only ("ml", "qa", "sre"); longer ones also start a word. */
const SHORT = 3;

export interface DescribedAtDeps {
  /** People whose name words include every word (the head "kwame" of "the kwame at lumo pay"). */
  named(words: readonly string[]): Profile[];
  /** People whose sections best match the words (a search; the words are checked again here). */
  searched(words: readonly string[], limit: number): Profile[];
  /** A word's spelled-out forms ("sre" → "site reliability"), checked as alternatives. */
  expand(word: string): string | undefined;
}

/** Words for a person or their job ("dev", "designer"), and the ones that say only "a person" ("guy"). */
export interface PersonWords {
  isPerson(word: string): boolean;
  /** A job said in several words ("head of product"), whatever its last word. */
  isTitle?(words: readonly string[]): boolean;
  isGeneric(word: string): boolean;
}

/** Words of a job title that hold no meaning of their own ("head of product and design"). */
const TITLE_GLUE = new Set(['of', 'and', '&']);

/**
 * "head connector qualifier": the head is a name, or a description ending in a word for a person.
 * Null when the words don't have that shape; else the people whose profile holds the qualifier and
 * the description's words (a job word too: "the designer at X" is not X's engineer).
 */
export function describedAt(
  words: readonly string[],
  kinds: PersonWords,
  deps: DescribedAtDeps,
): Profile[] | null {
  const at = words.findIndex((w, i) => i > 0 && CONNECTORS.has(w));
  if (at < 1 || at > 4) return null;
  const head = words.slice(0, at);
  let from = at + 1;
  while (from < words.length && LEAD_WORDS.has(words[from]!)) from += 1;
  const qualifier = words.slice(from);
  if (qualifier.length === 0 || qualifier.length > 4) return null;
  const named = deps.named(head);
  const described = named.length === 0 && (kinds.isPerson(head.at(-1)!) || kinds.isTitle?.(head) === true);
  if (named.length === 0 && !described) return null;
  const core = described ? head.filter((w) => !kinds.isGeneric(w) && !TITLE_GLUE.has(w)) : [];
  const pool = named.length > 0 ? named : deps.searched(qualifier, MAX_READ);
  return pool.slice(0, MAX_READ).filter((p) => {
    const text = profileText(p);
    return holdsAll(text, qualifier, deps) && holdsAll(text, core, deps);
  });
}

/** The one person whose profile holds every word ("hanselminutes podcaster"); null for none or several. */
export function onlyHolder(words: readonly string[], deps: DescribedAtDeps): Profile | null {
  const people = deps.searched(words, MAX_READ).filter((p) => holdsAll(profileText(p), words, deps));
  return people.length === 1 ? people[0]! : null;
}

/** The people a name resolution found whose name words include every word ("kwame": both Kwames). */
export function namedBy(resolved: Resolution<Profile>, words: readonly string[]): Profile[] {
  const people =
    resolved.status === 'found'
      ? [resolved.value]
      : resolved.status === 'ambiguous'
        ? resolved.candidates
        : [];
  const wanted = words.map(foldText);
  return people.filter((p) => {
    const own = new Set(foldText([p.name, p.handle ?? '', ...p.aliases, p.id].join(' ')).split(' '));
    return wanted.every((w) => own.has(w));
  });
}

interface Text {
  spaced: string;
  joined: string;
}

/** Everything a profile says, folded: names, headline, skills, experience, every section. */
function profileText(p: Profile): Text {
  const parts = [p.name, p.handle ?? '', ...p.aliases, p.headline ?? '', ...p.skills.map((s) => s.name)];
  for (const e of p.experience) parts.push(e.text);
  for (const s of p.sections) parts.push(s.title, s.text, ...s.items);
  const spaced = ` ${foldText(joinCapped(parts, '\n', ANSWER_TEXT_MAX))} `;
  return { spaced, joined: spaced.replace(/ /g, '') };
}

function holdsAll(text: Text, words: readonly string[], deps: DescribedAtDeps): boolean {
  return words.every((word) => {
    const w = foldText(word);
    if (!w) return true;
    const spelled = deps.expand(w);
    return holds(text, w) || spelled?.split(' ').every((s) => holds(text, s)) === true;
  });
}

/** A word in the text: whole when short, else as the start of a word by its stem ("podcaster" → "podcast…"), or run together ("frontend" in "front-end"). */
function holds(text: Text, word: string): boolean {
  if (word.length <= SHORT) return text.spaced.includes(` ${word} `);
  if (text.spaced.includes(` ${stem(word)}`)) return true;
  return word.length >= 6 && !word.includes(' ') && text.joined.includes(word);
}

function stem(word: string): string {
  const bare = word.replace(/(?:ers|er|ed|ing|s)$/, '');
  return bare.length >= 4 ? bare : word;
}
