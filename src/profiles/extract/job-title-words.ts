// titleIn / titleAfter: the job title a sentence gives around an employer — before it ("Head of Developer
// Experience at X", "working as a Design Engineer at X") or after it ("at X as a software engineer", "en X
// como desarrollador", "bei X als Entwickler"). The title runs to its last role word and on through a
// capitalised tail ("Director of Engineering", "Head of Developer Experience").
import { cleanHeading } from '../markdown/clean-heading.js';
import { JOB_ROLE } from './job-role.js';

const TITLE_START =
  /^(?:a|an|the|as|am|i['’]?m|im|is|was|were|been|be|i|he|she|they|we|that|then|before|after|later|became|currently|working|work|my|current|role|and|past|former|previously|formerly|ex|now|also|como|comme|als|um|uma|un|une|ein|eine|soy|sou|bin|suis|sono)$/iu;
/** A word that goes on a title after its role word: "of", "&", or a capitalised word ("Experience"). */
const TAIL_WORD = /^(?:of|&|[\p{Lu}][\p{L}\p{M}/&+-]*)$/u;
const MAX_WORDS = 8;

/** The index just past a title whose last role word is at `end`, through its capitalised tail. */
function tailEnd(words: readonly string[], end: number): number {
  let stop = end + 1;
  while (stop < words.length && TAIL_WORD.test(words[stop]!)) stop++;
  while (stop > end + 1 && /^(?:of|&)$/i.test(words[stop - 1]!)) stop--;
  return stop;
}

/** The job title in the words before an employer: "Currently working as a Design Engineer" → "Design Engineer". */
export function titleIn(left: string): string | null {
  const words = left.split(/\s+/).filter(Boolean).slice(-MAX_WORDS);
  let end = -1;
  words.forEach((w, i) => {
    if (JOB_ROLE.test(w)) end = i;
  });
  if (end < 0) return null;
  let start = end;
  while (start > 0 && !TITLE_START.test(words[start - 1]!) && !/[,;:.]$/.test(words[start - 1]!)) start--;
  return cleanHeading(words.slice(start, tailEnd(words, end)).join(' ')) || null;
}

/** "as"/"como"/"als"… and an article, right after the employer's name. */
const AS =
  /^[\s,]{0,3}(?:as|como|comme|als|come|jako|in qualità di)\s{1,3}(?:(?:an?|un|une|uno|una|um|uma|ein|eine|einen)\s{1,3})?/iu;

/** The job title right after an employer: " as a software engineer." → "software engineer"; null when none. */
export function titleAfter(after: string): string | null {
  const as = AS.exec(after.slice(0, 160));
  if (!as) return null;
  // The title's words end at a clause mark or a word that starts what the job is about.
  const clause = after.slice(as[0].length, as[0].length + 100).split(/[,.;:!?()|—–]/)[0]!;
  const words = clause.split(/\s+/).filter(Boolean).slice(0, MAX_WORDS);
  const stop = words.findIndex((w) =>
    /^(?:at|in|on|for|where|and|since|from|to|with|building|working|en|em|bei|chez|presso|bij|w)$/i.test(w),
  );
  const own = stop < 0 ? words : words.slice(0, stop);
  let end = -1;
  own.forEach((w, i) => {
    if (JOB_ROLE.test(w)) end = i;
  });
  return end < 0 ? null : cleanHeading(own.slice(0, tailEnd(own, end)).join(' ')) || null;
}
