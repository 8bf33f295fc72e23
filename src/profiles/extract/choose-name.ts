// chooseName: the name to show among the candidates a README states — the strongest source, then a fuller
// form of it stated elsewhere ("Johannes" → "Johannes Hoppe", "Piyal Ahmmed" → "MD Piyal Ahmmed", "Caio G" →
// "Caio Gadotti").

import { foldLetters } from '../../text/fold-text.js';
import type { DocSection } from '../markdown/source-document.js';
import type { NameSource } from '../model/profile.js';

export interface StatedName {
  name: string;
  source: NameSource;
  /** The heading section that names the person (its text is the headline), else null. */
  section: DocSection | null;
}

export interface Candidate extends StatedName {
  rank: number;
}

// Lower rank wins; a fuller name of any rank then replaces a first name ("Johannes" → "Johannes Hoppe").
export const RANK: Partial<Record<NameSource, number>> = {
  greeting: 0,
  heading: 1,
  bold: 2,
  code: 3,
  prose: 4,
  'image-alt': 5,
};

export const ENDS_IN_INITIAL = /\s\p{Lu}\.?$/u;

export function pick(found: readonly Candidate[]): Candidate | null {
  let best: Candidate | null = null;
  for (const c of found) if (!best || c.rank < best.rank) best = c;
  return best;
}

/** One or two plain capitalised words before the given name ("Lee JeongUn"), never "I'm Thijs". */
const FAMILY_FIRST = /^(?:\p{Lu}\p{Ll}+ ){1,2}\S+$/u;

/**
 * A fuller form of a full name stated as strongly (a greeting, a title, a bold name): "MD Piyal Ahmmed" for
 * "Piyal Ahmmed" (one or two words before it); and the name an initial stands for anywhere ("Caio G" → the
 * banner's "Caio Gadotti").
 */
function longerForm(found: readonly Candidate[], best: Candidate): Candidate | undefined {
  const name = best.name.toLowerCase();
  const words = name.split(' ');
  if (words.length < 2) return undefined;
  // Only a title's initial: "I am Dhanush N" is how the person chose to introduce themselves.
  const initial =
    best.source !== 'greeting' && /^\p{L}\.?$/u.test(words.at(-1)!)
      ? `${words.slice(0, -1).join(' ')} ${words.at(-1)![0]}`
      : null;
  return found.find((c) => {
    const other = c.name.toLowerCase();
    if (other.length <= name.length) return false;
    if (initial && other.startsWith(initial) && other.split(' ').length === words.length) return true;
    const extra = other.endsWith(` ${name}`) ? other.split(' ').length - words.length : 0;
    return c.rank <= RANK.bold! && extra >= 1 && extra <= 2;
  });
}

/**
 * "Hi, I'm Deon" then "I'm **Thomas Shikalepo**" (handle ThomasShikalepo): a full name stated as strongly,
 * which the handle spells in part ("nkalunga" for Nangula Kalunga), over a lone nickname it does not echo.
 */
function handleSpelledName(
  found: readonly Candidate[],
  best: Candidate,
  handle: string | null,
): Candidate | undefined {
  const own = handle ? foldLetters(handle) : '';
  const inHandle = (w: string) => w.length >= 3 && own.includes(foldLetters(w));
  if (own.length < 6 || best.name.includes(' ') || inHandle(best.name)) return undefined;
  return found.find((c) => {
    const words = c.name.split(' ');
    return c.rank <= RANK.bold! && words.length >= 2 && words.some(inHandle);
  });
}

/**
 * "Ken Horlador" and "KEN BARRAMEDA HORLADOR", "Lukas Gomes" and `nome: "Lukas Albertino Gomes"`: the same first
 * and last names with one or two middle names, stated as a title, a bold name or a code bio's field.
 */
function middleNamesForm(found: readonly Candidate[], best: Candidate): Candidate | undefined {
  const words = best.name.toLowerCase().split(' ');
  if (words.length < 2) return undefined;
  return found.find((c) => {
    const other = c.name.toLowerCase().split(' ');
    const extra = other.length - words.length;
    return (
      c.rank <= RANK.code! &&
      extra >= 1 &&
      extra <= 2 &&
      other[0] === words[0] &&
      other.at(-1) === words.at(-1) &&
      words.every((w) => other.includes(w))
    );
  });
}

/** A fuller name in capitals ("KEN BARRAMEDA HORLADOR") shown in the case the person writes it in prose. */
function inCaseOf(name: string, like: string): string {
  if (/\p{Ll}/u.test(name) || !/\p{Ll}/u.test(like)) return name;
  return name
    .split(' ')
    .map((w) => w[0] + w.slice(1).toLowerCase())
    .join(' ');
}

export function chooseName(found: readonly Candidate[], handle: string | null = null): StatedName | null {
  const best = pick(found);
  if (!best) return null;
  const prefix = `${best.name.toLowerCase()} `;
  // A lone word may also be the given name after a family name ("JeongUn" → "Lee JeongUn").
  const suffix = best.name.includes(' ') ? null : ` ${best.name.toLowerCase()}`;
  const fuller =
    found.find((c) => c.name.toLowerCase().startsWith(prefix)) ??
    (suffix
      ? found.find((c) => c.name.toLowerCase().endsWith(suffix) && FAMILY_FIRST.test(c.name))
      : undefined) ??
    longerForm(found, best) ??
    middleNamesForm(found, best) ??
    handleSpelledName(found, best, handle);
  const chosen = fuller ?? best;
  return { name: inCaseOf(chosen.name, best.name), source: chosen.source, section: best.section };
}
