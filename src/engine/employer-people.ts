// "who worked at google", "anyone from stripe": the listed people whose experience entries, headline or
// own sentences name that employer as a name (never inside another word: "meta" is no "metadata"), each
// with the line that says so and whether they work there now or did before.
import type { Profile } from '../profiles/model/profile.js';
import { HAN_OR_KANA, OTHER_SCRIPT, profileWrites } from '../search/profile-writes.js';
import type { ProfileIndex } from '../search/search-types.js';
import { foldText } from '../text/fold-text.js';
import { candidatePeople } from './candidate-people.js';
import { fromKind, isEmployerKind, MAX_SENTENCE, MAX_TEXT, OTHER_KIND_WORDS } from './employer-kind.js';
import { type EmployerName, employerNames, UNSPACED_NAME, unspacedWorkplace } from './employer-names.js';
import { ONGOING, PAST, PAST_CJK, type Tense, undatedTense } from './employer-tense.js';

export type { Tense } from './employer-tense.js';

export interface EmployerMatch {
  profile: Profile;
  tense: Tense;
  /** The entry or sentence that names the employer, as written. */
  line: string;
}

/** Words right before the employer that make the sentence about working there. */
const AT_WORK =
  /(?:^|\s)(?:at|@|for|with|joined|join|ex|former|formerly at|previously at|from|bei|chez|em|na|no|en|presso|w)\s*$/;

/** A word about working right before "in" and the employer. */
const WORK_IN =
  /(?:^|\s)(?:work(?:ed|ing|s)?|intern(?:ed|ing)?|internship|employed|job|trabaj[oe]|trabalh[oe]i?)\s+in\s*$/;
const NEXT_WORDS = /[\p{L}\p{N}]+/gu;

export function employerMatches(index: ProfileIndex, employer: string): EmployerMatch[] {
  const names = employerNames(employer).filter((n) => n.folded);
  if (names.length === 0) return [];
  // What each name needs is known once per question, not once per candidate (a question reads up to 500).
  const readers = names.map((n) => ({
    ...n,
    unspaced: UNSPACED_NAME.test(n.folded),
    kind: isEmployerKind(n.folded),
  }));
  const { found: out, consider, considerFound } = candidatePeople((profile) => employerIn(profile, readers));
  // The name as asked is searched; the search finds words by how they start, so a name in Han or kana
  // ("腾讯" inside "目前在腾讯工作") and the employer's names in other scripts are found by reading the text.
  // Another name in the asked name's script ("facebook" for "meta") is searched the same way.
  const searched = names.filter(
    (n, i) => i === 0 || !(OTHER_SCRIPT.test(n.written) || HAN_OR_KANA.test(n.written)),
  );
  const kindWord = OTHER_KIND_WORDS[foldText(employer).replace(/ /g, '')];
  for (const written of [...searched.map((n) => n.written), ...(kindWord ? [kindWord] : [])])
    considerFound(index, written);
  const read = names.filter((n, i) => (i > 0 && OTHER_SCRIPT.test(n.written)) || HAN_OR_KANA.test(n.written));
  if (read.length > 0)
    for (const profile of index.otherScriptWriters?.() ?? index.all())
      if (read.some((n) => profileWrites(profile, n.written))) consider(profile);
  const order: Record<Tense, number> = { now: 0, before: 1, unknown: 2 };
  return out.sort((a, b) => order[a.tense] - order[b.tense] || a.profile.name.localeCompare(b.profile.name));
}

interface NameReader extends EmployerName {
  /** Written in han, kana or hangul: found inside a run of text, not as whole words. */
  unspaced: boolean;
  /** A kind of employer ("bank"), read by fromKind too. */
  kind: boolean;
}

/** The first of the employer's names the profile names as a workplace. */
function employerIn(profile: Profile, names: readonly NameReader[]): EmployerMatch | null {
  for (const { folded: wanted, written, unspaced, kind } of names) {
    // The entry texts are folded and spaced (" acme corp "): a whole name is " wanted ", an unspaced one anywhere.
    const has = unspaced
      ? (folded: string) => folded.includes(wanted)
      : (folded: string) => folded.includes(` ${wanted} `);
    const match =
      fromEntries(profile, has, wanted) ??
      fromSentences(profile, wanted, written, unspaced) ??
      (kind ? fromKind(profile, wanted) : null);
    if (match) return match;
  }
  return null;
}

/** An experience entry naming the employer: the ongoing one first; an undated one by its own words. */
function fromEntries(
  profile: Profile,
  names: (folded: string) => boolean,
  wanted: string,
): EmployerMatch | null {
  // An entry whose employer is read as another ("based in Zurich … I work at Acme Robotics") names this
  // one only as a workplace in its words ("at Zurich"), not as any word of its text.
  const folded = foldedEntries(profile);
  const entries = profile.experience.filter(
    (e, i) =>
      names(folded[i]!.organization) ||
      (names(folded[i]!.text) && (!e.organization || workplaceAt(e.text, wanted) >= 0)),
  );
  if (entries.length === 0) return null;
  const now = entries.find((e) => ONGOING.test(foldText(e.period ?? e.text)));
  const entry = now ?? entries[0]!;
  if (now) return { profile, tense: 'now', line: entry.text };
  if (entry.period || /\d{4}/.test(entry.text)) return { profile, tense: 'before', line: entry.text };
  return { profile, tense: undatedTense(profile, entry.text, wanted), line: entry.text };
}

// Each experience entry's organization and text, folded and spaced once per profile object (a reload makes
// new ones): every employer asked about reads them, for each of up to 500 candidates.
const ENTRIES = new WeakMap<Profile, { organization: string; text: string }[]>();

function foldedEntries(profile: Profile): { organization: string; text: string }[] {
  let known = ENTRIES.get(profile);
  if (!known) {
    known = profile.experience.map((e) => ({
      organization: ` ${foldText(e.organization ?? '')} `,
      text: ` ${foldText(e.text)} `,
    }));
    ENTRIES.set(profile, known);
  }
  return known;
}

/** A sentence of the profile's own text (headline first) that names the employer as a workplace. */
function fromSentences(
  profile: Profile,
  wanted: string,
  written: string,
  unspaced: boolean,
): EmployerMatch | null {
  for (const { line, folded } of sentencesOf(profile)) {
    // Neither reading below can hold for a line whose words do not hold the employer's.
    if (unspaced) {
      if (unspacedWorkplace(line, written))
        return { profile, tense: PAST_CJK.test(line) ? 'before' : 'now', line };
      continue;
    }
    if (!folded.includes(` ${wanted} `)) continue;
    const at = workplaceAt(line, wanted);
    if (at < 0) {
      // "SK AX · Jul 2026 – Present": a line that starts with the employer and gives the time there.
      if (datedLineOf(line, wanted))
        return { profile, tense: ONGOING.test(foldText(line)) ? 'now' : 'before', line };
      continue;
    }
    return { profile, tense: PAST.test(foldText(line.slice(0, at))) ? 'before' : 'now', line };
  }
  return null;
}

// Every employer asked about reads the same sentences of each candidate: split and folded once per
// profile object (a reload makes new ones).
const SENTENCES = new WeakMap<Profile, { line: string; folded: string }[]>();

/** The profile's own sentences (headline first, MAX_TEXT of text at most), with their folded words spaced. */
function sentencesOf(profile: Profile): { line: string; folded: string }[] {
  const known = SENTENCES.get(profile);
  if (known) return known;
  const out: { line: string; folded: string }[] = [];
  const texts = [profile.headline ?? '', ...profile.sections.flatMap((s) => [s.text, ...s.items])];
  let left = MAX_TEXT;
  for (const text of texts) {
    if (left <= 0) break;
    left -= text.length;
    for (const sentence of text.slice(0, MAX_TEXT).split(/(?<=[.!?])\s+|\n/)) {
      const line = sentence.trim().slice(0, MAX_SENTENCE);
      out.push({ line, folded: ` ${foldText(line)} ` });
    }
  }
  SENTENCES.set(profile, out);
  return out;
}

/** A short line that opens with the employer's name and holds a year: an entry the parser did not read. */
function datedLineOf(line: string, wanted: string): boolean {
  if (line.length > 120 || !/\b(?:19|20)\d\d\b/.test(line)) return false;
  const start = line.replace(/^[^\p{L}\p{N}]+/u, '');
  return /^[\p{Lu}\p{N}]/u.test(start) && `${foldText(start)} `.startsWith(`${wanted} `);
}
/** Words of a sentence looked at, at most. */
const MAX_WORDS = 80;

/**
 * Where the sentence names the employer as a name after a word about working there ("at Google",
 * "ex-Meta", "joined Stripe", "@Stripe"): written with a capital (a name, not the word "meta"); -1 when
 * it doesn't. The sentence holds the employer's words (fromSentences looked).
 */
function workplaceAt(sentence: string, wanted: string): number {
  const first = wanted.split(' ')[0]!;
  let seen = 0;
  for (const match of sentence.matchAll(/[\p{L}\p{N}]+/gu)) {
    seen += 1;
    if (seen > MAX_WORDS) break;
    if (!/^[\p{Lu}\p{N}]/u.test(match[0]) || foldText(match[0]) !== first) continue;
    if (!` ${foldText(sentence.slice(match.index))} `.startsWith(` ${wanted} `)) continue;
    const before = sentence.slice(0, match.index);
    if (/@\s*$/.test(before) || AT_WORK.test(` ${foldText(before)}`)) return match.index;
    // "worked in Microsoft", "interned in IBM" — never "worked in Microsoft SQL Server" (a product).
    if (WORK_IN.test(` ${foldText(before)}`)) {
      const next = sentence.slice(match.index).match(NEXT_WORDS)?.[wanted.split(' ').length];
      if (!next || !/^[\p{Lu}\p{N}]/u.test(next)) return match.index;
    }
  }
  return -1;
}
