// A question asked in another language ("谁会kafka？", "phil nerede yaşıyor?", "kya sgk18 ko flutter aata
// hai") → the same question in English for the rule table: its cue words say what is asked, the rest is
// who or what it is about.
import { HAN_OR_KANA as UNSPACED } from '../search/profile-writes.js';
import { personAmong, spacedNames } from './cjk-names.js';
import { CUE_ORDER, type CueKind, FOREIGN_CUES } from './foreign-cues.js';
import { foreignGroup } from './foreign-groups.js';
import { latinSkillName } from './other-script-skills.js';

// Scripts written without spaces between words (HAN_OR_KANA): their cues match inside a run of text.
/** Korean words take particles ("연락해요"); a particle itself is only ever a whole word (names hold "이"). */
const HANGUL = /\p{sc=Hangul}/u;
/** "네이버에서", "서울에": the particle of place on a Korean name. */
const HANGUL_AT = /(?<=\p{sc=Hangul})(?:에서|에)$/u;
const literal = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One pattern per language and cue kind: spaced cues as whole words, unspaced ones anywhere. */
function cuePattern(words: readonly string[], kind: CueKind): RegExp {
  const sorted = [...words].sort((a, b) => b.length - a.length);
  const inside = (x: string) => UNSPACED.test(x) || (kind !== 'filler' && HANGUL.test(x));
  const spaced = sorted.filter((x) => !inside(x)).map(literal);
  const unspaced = sorted.filter(inside).map(literal);
  const parts = [
    spaced.length > 0 ? `(?<![\\p{L}\\p{M}\\p{N}'])(?:${spaced.join('|')})(?![\\p{L}\\p{M}\\p{N}])` : '',
    unspaced.length > 0 ? `(?:${unspaced.join('|')})` : '',
  ].filter(Boolean);
  return new RegExp(parts.join('|'), 'gu');
}

type Patterns = readonly { kind: CueKind; pattern: RegExp }[];

// Compiled on the first question no English rule reads: ~145 patterns over \p{L}, \p{M} and \p{N} cost
// ~45 ms of CPU to construct, a tenth of a cached one-off `ask` that never gets here.
let languages: readonly Patterns[] | undefined;
/** Every language's cue patterns, compiled on the first call (the regex audit calls it too). */
export const cueLanguages = (): readonly Patterns[] =>
  (languages ??= Object.values(FOREIGN_CUES).map((cues) =>
    CUE_ORDER.flatMap((kind) => {
      const words = cues[kind];
      return words ? [{ kind, pattern: cuePattern(words, kind) }] : [];
    }),
  ));

/** A latin word or number next to han, kana or hangul: "kafka吗", "phil의", "sgk18さん". */
const SCRIPT_SEAM =
  /(?<=[\p{sc=Latin}\p{N}.+#])(?=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}])|(?<=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}])(?=[\p{sc=Latin}\p{N}])/gu;
const PUNCTUATION = /[?？!！。、，,:;：；¿¡「」『』()（）"]+/g;
/** A suffix after an apostrophe on a name or skill ("phil'in", "rust'ı"): Turkish case endings. */
const SUFFIX = /^([\p{sc=Latin}\p{N}.+#-]+)'\p{L}{1,5}$/u;

/** A word without the apostrophes around it (a loop: a pattern over both ends is quadratic). */
function trimQuotes(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && word[start] === "'") start += 1;
  while (end > start && word[end - 1] === "'") end -= 1;
  return word.slice(start, end);
}

interface Read {
  kinds: Set<CueKind>;
  rest: string[];
}

/** The cue kinds a language's words find in the text, and the words left over. */
function readCues(text: string, patterns: Patterns): Read {
  const kinds = new Set<CueKind>();
  let left = text;
  for (const { kind, pattern } of patterns) {
    const next = left.replace(pattern, ' ');
    if (next !== left && kind !== 'filler') kinds.add(kind);
    left = next;
  }
  const rest = left
    .split(' ')
    .map((word) => trimQuotes(word.replace(SUFFIX, '$1')))
    .filter((word) => word !== '' && !/^[-.'’]+$/.test(word));
  return { kinds, rest };
}

/** The English question a reading asks; null when its cues ask nothing the rules answer. */
function english(
  read: Read,
  isPerson: (text: string) => boolean,
  names?: (text: string) => boolean,
): string | null {
  const { kinds, rest } = read;
  if (rest.length === 0) return null;
  const subject = rest.join(' ');
  if (kinds.has('search')) return `search ${subject}`;
  // A question about someone needs what is left to name them ("phil", never "phil はどこに"), save words
  // of han, kana or hangul no cue lists ("chan 어느 다녔어요": a verb ending): then the name they leave.
  const person = personAmong(rest, isPerson, names);
  const about = (question: (name: string) => string) => (person ? question(person) : null);
  if (kinds.has('contact')) return about((p) => `contact ${p}`);
  if (kinds.has('skills')) return about((p) => `skills of ${p}`);
  // "qual a idade do abner", "wie alt ist lena", "ile lat ma phil": how old they are.
  if (kinds.has('age')) return about((p) => `how old is ${p}`);
  // "jiqian zhao 在哪里读研究生", "rokuyan はどこの大学": where they study, when what is left names them.
  if (kinds.has('study') && person) return `where did ${person} study`;
  // "谁在腾讯工作", "네이버에서 일하는 사람", "ヤフーで働いている人は": who works at what is left, unless it names someone.
  if (kinds.has('who') && !kinds.has('where') && !isPerson(subject)) {
    // "кто работал с докером": worked with a technology spelled in the script, never at an employer.
    if (kinds.has('work') && rest.every((word) => latinSkillName(word)))
      return `who knows ${rest.map(latinSkillName).join(' and ')}`;
    if (kinds.has('work')) return `who works at ${subject.replace(HANGUL_AT, '')}`;
    if (kinds.has('live')) return `who is based in ${subject.replace(HANGUL_AT, '')}`;
  }
  if (kinds.has('career') || (kinds.has('work') && kinds.has('where')))
    return about((p) => `where has ${p} worked`);
  if (kinds.has('role')) return about((p) => `what does ${p} do`);
  if (kinds.has('where') || kinds.has('live')) return about((p) => `where is ${p} based`);
  if (kinds.has('work')) return about((p) => `where has ${p} worked`);
  // "谁是前端工程师", "프론트엔드 개발자 있어?", "quién es diseñador": what is left names a group.
  const group = kinds.has('know') || isPerson(subject) ? null : foreignGroup(rest);
  if (group) return `any ${group}`;
  // "кто такой phil", "phil是谁", "sgk18 kaun hai": who someone is, when all that is left names them.
  if (kinds.has('who') && kinds.size === 1) return about((p) => `who is ${p}`);
  if (!kinds.has('know')) return null;
  // "phil знает rust", "kya sgk18 ko flutter aata hai": one person and a skill, the person first or last.
  if (!kinds.has('who'))
    for (let k = 1; k < Math.min(4, rest.length); k++) {
      const first = rest.slice(0, k).join(' ');
      if (isPerson(first)) return `does ${first} know ${rest.slice(k).join(' ')}`;
      const last = rest.slice(-k).join(' ');
      if (isPerson(last)) return `does ${last} know ${rest.slice(0, -k).join(' ')}`;
    }
  // A skill is what is left: no word of a name, no word of a language the cues did not read, save
  // technologies spelled in its script ("리액트").
  const skill = rest.map((word) => latinSkillName(word) ?? word);
  if (skill.some((word) => UNSPACED.test(word) || HANGUL.test(word) || isPerson(word))) return null;
  return `who knows ${skill.join(' ')}`;
}

/**
 * Each language whose cues the text holds, in turn: the English question that `read` (the rule table)
 * answers, with what it found; null when none does.
 */
export function foreignQuestion<T>(
  text: string,
  isPerson: (text: string) => boolean,
  read: (question: string) => T | null,
  names?: (text: string) => boolean,
): T | null {
  const seamed = text.replace(SCRIPT_SEAM, ' ').replace(PUNCTUATION, ' ').replace(/\s+/g, ' ').trim();
  // "李心妍的邮箱是多少": a name inside a run of han, kana or hangul is a word of its own.
  const spaced = names ? spacedNames(seamed, names) : seamed;
  for (const patterns of cueLanguages()) {
    const question = english(readCues(spaced, patterns), isPerson, names);
    const found = question ? read(question) : null;
    if (found) return found;
  }
  return null;
}
