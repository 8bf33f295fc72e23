// jobsInSentence: employers a sentence states — "Design Engineer at [Sentry]", "working @ Vercel",
// "Ex-Meta Staff Engineer", "Founder - mujicv.com", "Mentor … @OpenClassrooms", "Angular.Schule (my
// company)", "atuo como … na Trillia" — and never a project someone is "working on" or a school.
import type { Experience } from '../model/profile.js';
import { isWellKnownSkill } from '../vocabulary/skill-aliases.js';
import { CJK_JOB_HINT, cjkJobs } from './cjk-experience.js';
import { companyAfterTimeWord, TIME_BEFORE_AT } from './experience-time-words.js';
import { JA_KO_JOB_HINT, jaKoJobs } from './ja-ko-experience.js';
import { JOB_ROLE } from './job-role.js';
import { titleAfter, titleIn } from './job-title-words.js';
import { companyAfterEn, employersAfterKind, moreEmployers, orgAt, type SentenceContext } from './org-at.js';
import { parsePeriod } from './parse-period.js';
import {
  ANCHOR,
  FIRST_PERSON_WORK,
  ROLE_AT,
  ROLE_AT_PLACES,
  STRONG_AT,
  STRONG_HINT,
  WEAK_AT,
  WEAK_HINT,
  WORK_VERB,
} from './work-cue-words.js';

const EXPERIENCE = /\b(?:experience|experiencia|experiência|expérience|erfahrung)\b/iu;
/** "2+ years of experience securing banking environments at Equity Group": the work said as experience doing it. */
const EXPERIENCE_DOING =
  /\b(?:years?|yrs?) of (?:[\p{L}-]+ )?experience (?:in )?[\p{L}-]+ing\b(?![^.;]{0,200}\b(?:stud|school|universit|college|course))/iu;
const NOT_EMPLOYED = /\b(?:student|graduate|learner|estudiante|estudante|étudiant|studentin|alumn[oa])s?\b/iu;
const MENTION = /(?<![\w.@/])@([A-Za-z0-9][\w.-]{0,38}[A-Za-z0-9])/gu;
const EX_ORG = /\b(?:ex|former)[-\s]+([\p{Lu}\d][\p{L}\p{M}\d&.+-]{0,30})\s+([\p{L} /-]{0,40})/giu;
// "(ex-Google, created …)", "Ex-Google, Ex-Microsoft": the name alone before a list mark or the line's end.
// Demonyms ("Ex-Googler", "ex-Amazonian", "Microsoftie") name the employer only indirectly: skipped.
const EX_ALONE = /\bex-([\p{Lu}][\p{L}\p{M}\d&+]{1,30})(?=\s*(?:[,;)|·/]|$))/gu;
const JOINED = /\bjoined\s(?:the\s)?/gi;
/**
 * Plain checks that every match of the scan they stand beside passes ("ex" or "former" under EX_ORG's own
 * flags, so with the same case folding): most lines pass none and skip the scan.
 */
export const SCAN_GUARDS = new Map<RegExp, (text: string) => boolean>([
  [MENTION, (text) => text.includes('@')],
  [EX_ORG, (text) => /ex|former/iu.test(text)],
  [EX_ALONE, (text) => text.includes('ex-')],
  [JOINED, (text) => /joined/i.test(text)],
]);
const guardedScan = (text: string, pattern: RegExp): Iterable<RegExpExecArray> =>
  SCAN_GUARDS.get(pattern)!(text) ? text.matchAll(pattern) : [];
const FOUNDER = /\b(?:co-?founder|founder|ceo|cto|owner)\s*(?:of|[-–—:,@])\s*/iu;
const MY_COMPANY = /(?<!\s)\s*\((?:my|our)\s{1,3}(?:own\s{1,3})?(?:company|startup|business|agency|firm)\)/iu;
/** The sentence before index `at`: back to the last sentence end or list separator. */
const SENTENCE_END = new Set(['.', '!', '?', ';', '·', '•', '|']);

function sentenceBefore(text: string, at: number): string {
  const start = Math.max(0, at - 120);
  let i = at - 1;
  while (i >= start && !SENTENCE_END.has(text[i]!)) i--;
  return text.slice(i + 1, at);
}

// One scan each for "any Latin hint" and "any CJK hint": most lines fail both and are done after two scans.
const ANY_HINT = new RegExp(`${STRONG_HINT.source}|${WEAK_HINT.source}`, 'i');
const CJK_HINT = new RegExp(`${CJK_JOB_HINT.source}|${JA_KO_JOB_HINT.source}`, 'u');

/** Lines that may state a job: a strong hint, or a weak preposition in a sentence with a work verb. */
export function mayStateJob(text: string): boolean {
  if (!ANY_HINT.test(text)) return CJK_HINT.test(text);
  return (
    STRONG_HINT.test(text) ||
    (WEAK_HINT.test(text) && (WORK_VERB.test(text) || FIRST_PERSON_WORK.test(text))) ||
    CJK_HINT.test(text)
  );
}

/** The clause naming one job: "Intern at A and Senior Engineer at B" has two. */
// "2017, 2018: Data & Product @ [ShopBack](…)": years and a colon before a team or title make a CV line,
// whatever the title's words (only before a linked or @ employer).
const DATED_TEAM =
  /^[^\p{L}\d]{0,8}(?:(?:till|until|since|from)\s)?(?:19|20)\d\d(?:\s?[,–—-]\s?(?:(?:19|20)\d\d|present|now)){0,4}\s?:\s?[^:\s][^:]{0,40}$/iu;
const clauseOf = (sentence: string) => sentence.slice(sentence.lastIndexOf(' and ') + 1);

function entry(text: string, title: string | null, organization: string, line: number | null): Experience {
  return { text, title, organization, period: parsePeriod(text)?.period ?? null, highlights: [], line };
}

/** Every employer one line of prose states, as experience entries (the line is each entry's text). */
export function jobsInSentence(raw: string, context: SentenceContext, line: number | null): Experience[] {
  const text = raw.length > 1000 ? raw.slice(0, 1000) : raw;
  return mayStateJob(text) ? statedJobs(text, context, line) : [];
}

/** jobsInSentence for a line `mayStateJob` already passed (the same check, not run twice per line). */
export function jobsInHintedLine(raw: string, context: SentenceContext, line: number | null): Experience[] {
  return raw.length > 1000 ? jobsInSentence(raw, context, line) : statedJobs(raw, context, line);
}

function statedJobs(text: string, context: SentenceContext, line: number | null): Experience[] {
  const out: Experience[] = [];
  const push = (title: string | null, org: string | null) => {
    if (org && !out.some((e) => e.organization === org)) out.push(entry(text.trim(), title, org, line));
  };
  // Whether the line speaks in the first person of working: asked of the whole line, so asked once.
  let firstPerson: boolean | undefined;
  const speaksOfWork = (): boolean => {
    if (firstPerson === undefined) firstPerson = FIRST_PERSON_WORK.test(text);
    return firstPerson;
  };
  for (const match of text.matchAll(ANCHOR)) {
    const word = match[1]!.toLowerCase();
    const rest = text.slice(match.index! + match[0].length);
    // The weak prepositions ("in", "on") name an employer only as a link or an @name: checked first, cheaply.
    const weak = WEAK_AT.has(word) || !STRONG_AT.has(word);
    const named = rest.startsWith('@') || context.links.some((l) => l && rest.startsWith(l));
    const sentence0 = weak && !named ? sentenceBefore(text, match.index!) : '';
    const timed = weak && !named && TIME_BEFORE_AT.test(clauseOf(sentence0));
    const spoken = weak && !named && (speaksOfWork() || timed) && companyAfterEn(word, rest);
    if (weak && !named && !spoken) continue;
    if (word === 'on' && !rest.startsWith('@')) continue; // "working on [project]" is not an employer
    const sentence = sentenceBefore(text, match.index!);
    const left = clauseOf(sentence);
    if (/\bwith\s*$/i.test(left)) continue;
    // "Previously at Google", "Atualmente na X": a time word right before "at" stands for the work verb.
    const worked =
      WORK_VERB.test(sentence) || FIRST_PERSON_WORK.test(sentence) || EXPERIENCE_DOING.test(sentence);
    const onlyTime = !worked && TIME_BEFORE_AT.test(left);
    // "I'm a backend dev at Quanta": "dev" names a job only right before the preposition (it is also a word
    // in employers' names: "Alexa Dev Hub").
    const role = JOB_ROLE.test(left) || /\bdev\s*$/i.test(left) || (named && DATED_TEAM.test(left));
    // "Desenvolvedora na Pitanga", not "Desenvolvedor no Rio": na/no after a title needs a company after it.
    const roleAt = ROLE_AT.has(word) && role && (!ROLE_AT_PLACES.has(word) || companyAfterEn('em', rest));
    // "ten years of experience at companies like A, B and C": the kind of employer names them.
    const kinds = weak ? null : employersAfterKind(rest, context);
    if (kinds && (worked || role || EXPERIENCE.test(left))) {
      for (const org of kinds) push(titleIn(left), org);
      continue;
    }
    if (weak ? !(worked || onlyTime) : !(worked || onlyTime || roleAt)) continue;
    if (NOT_EMPLOYED.test(left) && !WORK_VERB.test(left)) continue;
    const org = orgAt(rest, context, weak && !spoken);
    // With only the time word, what follows must read as a company (not "Currently at Stanford University").
    const after = org ? rest.slice(rest.indexOf(org) + org.length) : '';
    if (org && onlyTime && !role && !named && !companyAfterTimeWord(org, after)) continue;
    const title = titleIn(left) ?? titleAfter(after);
    // "working on @Tweetormator. A self-hosted…" is a project; "working on @75team as a Front-End engineer" a job.
    if (word === 'on' && !title) continue;
    push(title, org);
    if (org && !weak) for (const more of moreEmployers(after, context)) push(title, more);
  }
  for (const match of guardedScan(text, MENTION)) {
    // "@vercel/next.js" is a repository someone works on, not an employer.
    if (text[match.index! + match[0].length] === '/') continue;
    const sentence = sentenceBefore(text, match.index!);
    const left = clauseOf(sentence);
    const around = sentence + text.slice(match.index!, match.index! + 60);
    // "Previously @stripe": a time word right before the name stands for the work verb.
    const time = TIME_BEFORE_AT.test(left) || /\bex[\s:-]*$/i.test(left);
    if (/\bwith\s*$/i.test(left) || !(time || WORK_VERB.test(around) || JOB_ROLE.test(left))) continue;
    const title =
      titleIn(left) ??
      titleAfter(text.slice(match.index! + match[0].length).replace(/^\]\([^)\s]{0,300}\)/, ''));
    if (/\bon\s*\[?$/i.test(left) && !title) continue; // a project worked on, as above
    push(title, orgAt(`@${match[1]}`, context, false));
  }
  for (const match of guardedScan(text, EX_ORG))
    if (JOB_ROLE.test(match[2]!) && !JOB_ROLE.test(match[1]!)) push(match[2]!.trim() || null, match[1]!);
  for (const match of guardedScan(text, EX_ALONE)) {
    const org = match[1]!;
    if (!JOB_ROLE.test(org) && !/(?:ler|ian|ie)$/.test(org) && !isWellKnownSkill(org)) push(null, org);
  }
  for (const match of guardedScan(text, JOINED)) {
    // "I recently joined Edge & Node as a Developer Relations Engineer", "joined Microsoft full-time";
    // not "joined a football club" or "joined GitHub in 2015" (no role follows).
    const rest = text.slice(match.index + match[0].length);
    const org = orgAt(rest, context, false);
    const after = org ? rest.slice(rest.indexOf(org) + org.length, rest.indexOf(org) + org.length + 60) : '';
    const role = /^[\s,]*as\s/i.test(after) && JOB_ROLE.exec(after);
    if (org && (role || /^[\s,]*full[- ]time\b/i.test(after))) push(role ? titleIn(after) : null, org);
  }
  const founder = FOUNDER.exec(text);
  if (founder) {
    const title = /co-?founder|founder|ceo|cto|owner/i.exec(founder[0])![0];
    push(title, orgAt(text.slice(founder.index + founder[0].length), context, false));
  }
  const mine = MY_COMPANY.exec(text);
  if (mine) {
    const before = text.slice(0, mine.index);
    const org = context.links.find((l) => l && before.endsWith(l)) ?? before.split(/[\s:]+/).at(-1) ?? null;
    push(null, org && /^[\p{Lu}\d]/u.test(org) ? org : null);
  }
  for (const job of cjkJobs(text)) push(job.title, job.organization);
  for (const job of jaKoJobs(text)) push(job.title, job.organization);
  return out;
}
