// isEmployerKind, fromKind: an employer asked for as a kind ("anyone who worked at a bank", "at a
// startup") rather than a name, found in a profile's entries or its sentences about work (employer-people.ts).
import type { Profile } from '../profiles/model/profile.js';
import { foldText } from '../text/fold-text.js';
import type { EmployerMatch } from './employer-people.js';
import { ONGOING, PAST } from './employer-tense.js';

/** Text and sentence lengths an employer question reads at most (employer-people.ts reads the same). */
export const MAX_SENTENCE = 300;
export const MAX_TEXT = 20_000;

/** Kinds of employer asked for with an article ("worked at a bank"): a stem of the words that say it. */
const KINDS =
  /^(?:bank|startup|start up|fintech|consultancy|agency|hospital|government|ngo|nonprofit|non profit|telecom|insurance company|insurer|retailer|airline|university|school|big tech|faang)$/;

/** A kind's word in another script, where the stem of the asked word cannot find it. */
export const OTHER_KIND_WORDS: Readonly<Record<string, string>> = { startup: 'стартап' };

/** Words before a kind's word (up to five back) that make it the writer's employer: "joined this … startup". */
const EMPLOYER_SIDE = new Set(['this', 'our', 'joined', 'at']);

/** A kind's word and its plurals ("agency", "agencies"): an entry says it in whole words. */
function kindForms(word: string): Set<string> {
  const forms = new Set([word, `${word}s`, `${word}es`]);
  if (word.endsWith('y')) forms.add(`${word.slice(0, -1)}ies`);
  return forms;
}

/** Whether the employer asked for is a kind ("bank", "startup"), not a name. */
export const isEmployerKind = (employer: string): boolean => KINDS.test(foldText(employer));

/**
 * "anyone who worked at a bank": an entry, or a sentence about work at a named employer, with a word of
 * that kind ("securing banking environments at Equity Group Holdings").
 */
export function fromKind(profile: Profile, wanted: string): EmployerMatch | null {
  if (!isEmployerKind(wanted)) return null;
  const word = wanted.replace(/ /g, '');
  const forms = kindForms(word);
  const stem = word.slice(0, Math.max(4, wanted.length - 1));
  const other = OTHER_KIND_WORDS[word];
  const isKind = (w: string) => forms.has(w) || (other !== undefined && w.startsWith(other));
  const kind = (text: string) => foldText(text).split(' ').some(isKind);
  // A sentence that names its employer ("securing banking environments at Equity Group") may use any
  // word of the stem; an entry's title is whole words ("Banking app" is a project, not a bank).
  const atWork = (text: string) =>
    AT_NAME.test(text) &&
    WORK_WORD.test(text) &&
    foldText(text)
      .split(' ')
      .some((w) => w.startsWith(stem) || (other !== undefined && w.startsWith(other)));
  // A job's summary says it of the employer ("joined this small telehealth startup"), not of a client or
  // a product ("built a portal for a hospital", "where governments block Tor").
  const saysOfEmployer = (text: string) => {
    const words = foldText(text).split(' ');
    return words.some(
      (w, i) => isKind(w) && words.slice(Math.max(0, i - 5), i).some((b) => EMPLOYER_SIDE.has(b)),
    );
  };
  // "Стартап в сфере логистики"; a JSON Resume job's summary ("this small email security SaaS startup").
  const entry = profile.experience.find(
    (e) =>
      kind(e.text) || atWork(e.text.slice(0, MAX_SENTENCE)) || e.highlights.slice(0, 20).some(saysOfEmployer),
  );
  if (entry)
    return {
      profile,
      tense: ONGOING.test(foldText(entry.period ?? '')) ? 'now' : 'before',
      line: entry.text,
    };
  for (const section of profile.sections.slice(0, MAX_SECTIONS)) {
    for (const sentence of section.text.slice(0, MAX_TEXT).split(/(?<=[.!?])\s+|\n/)) {
      const line = sentence.trim().slice(0, MAX_SENTENCE);
      if (atWork(line)) return { profile, tense: PAST.test(foldText(line)) ? 'before' : 'now', line };
    }
  }
  return null;
}

const MAX_SECTIONS = 40;
/** "at Equity Group", "joined Monzo": the sentence names where it was. */
const AT_NAME = /\b(?:at|for|with|joined)\s+\p{Lu}/u;
const WORK_WORD =
  /\b(?:work(?:ed|ing|s)?|experience|employ(?:ed|ee)?|engineer|developer|intern(?:ed|ship)?|securing|building|built|role|job)\b/i;
