// "does anand work at sycamore", "did jessica intern at microsoft": whether one person's profile names
// that employer, with the entries or lines that do; never a yes the profile doesn't state.
import { parsePeriod } from '../profiles/extract/parse-period.js';
import type { Profile } from '../profiles/model/profile.js';
import { foldText } from '../text/fold-text.js';
import { askedWordsSearch } from './asked-words-search.js';
import { ONGOING } from './employer-tense.js';
import type { HandlerContext } from './handlers/handler.js';
import type { Reply, ReplyBlock } from './reply.js';
import { personRef, quoted, replyDefaults, shortName, sourceFooter } from './reply-parts.js';

/** Lines quoted at most: the entries that name the employer, or the sentences that do. */
const MAX_LINES = 3;
/** A line of the job this short that holds its dates is quoted as its dates. */
const MAX_DATES = 100;
/** A kind of work, not an employer's name ("a company or freelance", "an agency", "remote"). */
const KIND_OF_WORK =
  /\b(?:company|companies|freelance|freelancer|freelancing|self-employed|contractor|agency|startup|remote|remotely|employer|client)\b/i;

/** Hits read from the person's own sections when no entry names the employer. */
const MAX_HITS = 5;

/**
 * Where a chat tail starts after the employer ("brisamar or did she leave", "brisamar o ya se fue",
 * "elbwerk oder", "acme right now"): " or" and "right (now)" in English, Spanish, Portuguese, French, German, Italian.
 */
const CHAT_TAIL = / (?:or|o|ou|oder|right|ya|todav[ií]a|a[uú]n|ainda|encore|noch|ancora)(?= |$)/u;

/** The employer asked about: as typed when an entry names it, else without a chat tail after it. */
function askedEmployer(profile: Profile, employer: string): string {
  const tail = CHAT_TAIL.exec(employer);
  // "a company or freelance" asks between kinds of work: read whole below.
  if (!tail || KIND_OF_WORK.test(employer)) return employer;
  const wanted = ` ${foldText(employer)} `;
  const named = profile.experience.some((e) =>
    ` ${foldText(`${e.organization ?? ''} ${e.text}`)} `.includes(wanted),
  );
  return named ? employer : employer.slice(0, tail.index);
}

export function experienceAt(context: HandlerContext, profile: Profile, typed: string): Reply {
  const employer = askedEmployer(profile, typed);
  const who = shortName(context.index, profile);
  const wanted = foldText(employer);
  const names = (text: string) => ` ${foldText(text)} `.includes(` ${wanted} `);
  const named = profile.experience.filter((e) =>
    names([e.text, e.organization ?? '', ...e.highlights].join(' ')),
  );
  // "has phil worked at microsoft": when is part of the answer (a JSON Resume entry's text has no dates), as
  // the profile writes it with the length it gives ("Set/2024 – Jan/2025 (5 meses)") when a line of the job says it.
  // "is roee still at ngsoft": the jobs that are that employer (not a line that mentions it) say now or before.
  const own = named.filter((e) => names(`${e.organization ?? ''} ${e.text}`));
  const entries = named.map((e) => {
    if (!e.period || e.text.includes(e.period)) return e.text;
    const written = e.highlights.slice(0, 2).find((h) => h.length <= MAX_DATES && parsePeriod(h) !== null);
    return written ? `${e.text} — ${written}` : `${e.text} (${e.period})`;
  });
  // No entry names it: a line of their own text that does ("He is Head of Product of Sycamore").
  const lines =
    entries.length > 0
      ? entries
      : context.index
          .search(employer, { personId: profile.id, limit: MAX_HITS })
          .flatMap((hit) => [hit.section.text, ...hit.section.items])
          .flatMap((text) => text.split(/\n|(?<=[.!?])\s+/))
          .filter((line) => names(line));
  const shown = [...new Set(lines.map((l) => sentenceNaming(l, names)).filter(Boolean))].slice(0, MAX_LINES);
  const spelled = spelledAs(shown, employer.trim());
  const blocks: ReplyBlock[] = shown.length > 0 ? [{ type: 'list', items: shown }] : [];
  // "is edith still at rzilient": a past job there, so the jobs the experience lists as current answer "where now".
  const now = ongoing(profile).filter((e) => !own.includes(e));
  if (shown.length > 0 && own.length > 0 && !own.some(isOngoing) && now.length > 0)
    blocks.push({
      type: 'list',
      heading: 'Listed as current',
      items: now.map((e) => (e.period && !e.text.includes(e.period) ? `${e.text} (${e.period})` : e.text)),
    });
  // "does X work for a company or freelance", "at a startup": no employer named, so no "No" — what the
  // profile says instead, else that it doesn't say (their employer may well be one).
  const kindOfWork = shown.length === 0 && KIND_OF_WORK.test(employer);
  if (kindOfWork) {
    const said = askedWordsSearch(context, profile, employer);
    if (said) return said;
  }
  return {
    ...replyDefaults(),
    kind: 'experience',
    person: personRef(profile),
    title: `${profile.name} — ${spelled}`,
    description:
      shown.length > 0
        ? (tenseSaid(profile.name, spelled, own) ?? `${profile.name}'s profile names ${spelled}:`)
        : kindOfWork
          ? `${profile.name}'s profile doesn't say: nothing in it mentions ${quoted(employer)}.`
          : `No: ${profile.name}'s profile doesn't mention ${quoted(employer)}.`,
    blocks,
    footer: sourceFooter(profile),
    suggestions: [`/experience ${who}`, `/profile ${who}`],
    data: {
      entries: named
        .filter((_, i) => shown.includes(entries[i]!))
        .map((e) => ({ text: e.text, title: e.title, organization: e.organization, period: e.period })),
    },
  };
}

/** A line this long is cut to the sentence that names the employer. */
const LONG_LINE = 160;

function sentenceNaming(line: string, names: (text: string) => boolean): string {
  const text = line.trim();
  if (text.length <= LONG_LINE) return text;
  return text.split(/(?<=[.!?])\s+/).find(names) ?? text;
}

/** The employer as the profile spells it ("Sycamore" for "sycamore"), else as typed. */
function spelledAs(lines: readonly string[], typed: string): string {
  const lower = typed.toLowerCase();
  for (const line of lines) {
    const at = line.toLowerCase().indexOf(lower);
    if (at >= 0) return line.slice(at, at + typed.length);
  }
  return typed;
}

/**
 * "… lists NGSoft as a past job (2018-10-30 – 2019-04-29):" when every dated job at the employer has ended, "as a
 * current job" when one has not; null when a job there has no dates (then nothing is claimed).
 */
function tenseSaid(name: string, employer: string, jobs: readonly Job[]): string | null {
  // A period without a range ("2024", "2021-03") says neither: the job may go on.
  if (jobs.length === 0 || jobs.some((e) => !e.period || !RANGE.test(e.period))) return null;
  const current = jobs.find(isOngoing);
  const shown = current ?? jobs[0]!;
  const tense = current ? 'a current job' : 'a past job, not a current one';
  return `${name}'s experience lists ${employer} as ${tense} (${shown.period}):`;
}

type Job = Profile['experience'][number];

/** A dash between two dates ("2021 – 2023", "2021 -"), not the hyphens inside one ("2021-03"); or "to". */
const RANGE = /[–—]|\s-|-\s|-$|\bto\b/;

const isOngoing = (e: Job): boolean => Boolean(e.period) && ONGOING.test(foldText(e.period ?? ''));

/** The dated jobs that have not ended. */
function ongoing(profile: Profile): Job[] {
  return profile.experience.filter(isOngoing);
}
