// teamScopedSearch: a team question no rule reads ("who has won a hackathon", "anyone with fintech
// experience", "quem tem mestrado?") asks which people have a line of their own sharing its words: each
// person once, with their line holding the most of them (one word is enough, more rank higher).
import type { Profile, Section } from '../profiles/model/profile.js';
import type { ProfileIndex } from '../search/search-types.js';
import { foldedWords } from '../text/fold-text.js';
import { QUESTION_WORDS } from './person-question.js';
import { profileLines } from './profile-lines.js';
import { teamWordForms } from './team-word-forms.js';

/** People listed at most. */
const MAX_PEOPLE = 8;
/** Candidate people per form of a word, and in all, from the token index: never a walk of every profile. */
const PER_FORM = 40;
const MAX_CANDIDATES = 120;
const MAX_WORDS = 6;
const MAX_LINE = 240;

/**
 * Words of a team question that no line answers by: who-words, "here", "team", "worked", "experience"
 * (English, then es/pt/fr/de). QUESTION_WORDS has the question words shared with questions about one person.
 */
const TEAM_QUESTION_WORDS = new Set(
  (
    'who anyone anybody someone somebody everyone us we our you here team people person folks guys ' +
    'and or for from by as about of with without work worked works working job jobs experience experienced company companies firm ' +
    'ever been got get gotten go went knows know could can might may person one ones among already ' +
    'quien quienes alguien alguem quem trabajo trabajado trabalhou trabalha experiencia tiene tem tenga ' +
    'ha han hay ja ya fez hizo algum alguno alguna equipo equipe time aqui ' +
    'qui quelqu travaille travaillé travaille deja déjà avec dans chez equipe personne ' +
    'wer jemand hat haben schon mal erfahrung im mit bei team hier einen eine ein'
  ).split(' '),
);

/** A line about what someone wants, was given or did not do ("I'd love to work at a bank", "Received
 * mentorship", "we never won"). */
const WISH =
  /\b(?:did not|didn t|never|not yet|received|receiving|mentored by|coached by|want|wants|wanting|wanna|would love|d love|looking to|looking for|hope|hoping|aspire|aspiring|dream|goal|goals|plan to|planning to|seeking|quiero|gostaria|quero|aimerais|moechte|mochte)\b/;

const DIGITS = /^\d+$/;

/** "X or Y" in a question: one of its words is enough. */
const EITHER = /\s(?:or|o|ou|oder)\s/i;

export interface TeamLine {
  person: Profile;
  section: Section;
  line: string;
  /** How many of the question's words the line holds. */
  words: number;
}

export interface TeamScoped {
  /** The question's words, as looked for. */
  query: string;
  lines: TeamLine[];
}

/** The words a team question looks for, with the forms each is found as. */
export function teamQueryWords(text: string): string[][] {
  // A number is no background ("+1 555 0100 222" typed to find whose phone it is).
  const words = foldedWords(text).filter(
    (w) => w.length > 1 && !DIGITS.test(w) && !QUESTION_WORDS.has(w) && !TEAM_QUESTION_WORDS.has(w),
  );
  return [...new Set(words)].slice(0, MAX_WORDS).map(teamWordForms);
}

/** People with a line of their own sharing the question's words, best first; null when none. */
export function teamScopedSearch(index: ProfileIndex, text: string): TeamScoped | null {
  const groups = teamQueryWords(text);
  if (groups.length === 0 || !index.withWords) return null;
  const candidates = new Map<string, Profile>();
  for (const form of groups.flat()) {
    if (candidates.size >= MAX_CANDIDATES) break;
    for (const p of index.withWords(form, PER_FORM)) candidates.set(p.id, p);
  }
  const found: TeamLine[] = [];
  for (const person of candidates.values()) {
    const best = bestLine(person, groups);
    if (best) found.push(best);
  }
  if (found.length === 0) return null;
  found.sort((a, b) => b.words - a.words || a.person.name.localeCompare(b.person.name));
  // A line holding several of the words outranks, and then leaves out, lines holding one; "a bank or a
  // payments company" asks for either.
  const floor = EITHER.test(text) ? 1 : Math.min(found[0]!.words, 2);
  const lines = found.filter((f) => f.words >= floor).slice(0, MAX_PEOPLE);
  return { query: groups.map((g) => g[0]).join(' '), lines };
}

/** The person's line (read with its heading) holding the most of the words; never a wish. */
function bestLine(person: Profile, groups: readonly string[][]): TeamLine | null {
  let best: TeamLine | null = null;
  for (const { section, text } of profileLines(person)) {
    const line = text.slice(0, MAX_LINE);
    const own = new Set(foldedWords(line));
    if (!groups.some((forms) => forms.some((f) => own.has(f)))) continue;
    if (WISH.test(line.toLowerCase())) continue;
    const read = new Set([...own, ...foldedWords(section.title)]);
    const words = groups.filter((forms) => forms.some((f) => read.has(f))).length;
    // A line under its heading says more than the heading alone, at the same count.
    const better = !best || words > best.words || (words === best.words && best.line === best.section.title);
    if (better) best = { person, section, line, words };
  }
  return best;
}
