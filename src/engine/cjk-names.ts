// Names in questions written without spaces ("李心妍的邮箱是多少", "한권희는 어느 회사에 다녀요"): the name found
// inside a run of han, kana or hangul, and the person a question names among words no cue read.
import { FOREIGN_CUES } from './foreign-cues.js';

/** A word wholly in a script written without spaces between words (or with particles glued on). */
const CJK_WORD = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}ー々]+$/u;
const CJK_CHAR = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;
/** A name written in these scripts is two to four characters long ("李心妍", "임주원", "大久保"). */
const NAME_CHARS = [4, 3, 2] as const;
/** Longer runs are prose, not a question: not scanned (this bounds the look-ups to 3 per character). */
const MAX_RUN = 40;
/** Leftover words a question is made of: more is a sentence, not a question about one person. */
const MAX_REST = 8;

/**
 * What may follow a name inside a run: the first character of a Chinese, Japanese or Korean cue or particle
 * ("的", "은", "さん", "邮箱"), or "now", "and", "he/she". Any other character makes the run a longer word
 * or name ("王芳华" is not 王芳, "한결같은" is not 한결).
 */
const AFTER_NAME = new Set([
  ...['zh', 'ja', 'ko'].flatMap((language) =>
    Object.values(FOREIGN_CUES[language] ?? {}).flatMap((cues) => cues.map((cue) => [...cue][0]!)),
  ),
  ...'现目和跟他她',
]);

/**
 * The text with a space on each side of a name written inside a longer run of han, kana or hangul, at
 * each place a whole name is found (leftmost, longest first): "李心妍的邮箱" → "李心妍 的邮箱".
 * `names(text)` says whether the text is wholly someone's name.
 */
export function spacedNames(text: string, names: (text: string) => boolean): string {
  return text
    .split(' ')
    .map((word) => (CJK_CHAR.test(word) ? spacedWord(word, names) : word))
    .join(' ');
}

function spacedWord(word: string, names: (text: string) => boolean): string {
  const chars = [...word];
  if (chars.length < 3 || chars.length > MAX_RUN) return word;
  const parts: string[] = [];
  let from = 0;
  let at = 0;
  while (at < chars.length) {
    const size = NAME_CHARS.find((n) => {
      if (at + n > chars.length || n === chars.length) return false;
      if (at + n < chars.length && !AFTER_NAME.has(chars[at + n]!)) return false;
      const part = chars.slice(at, at + n).join('');
      return CJK_WORD.test(part) && names(part);
    });
    if (size === undefined) {
      at += 1;
      continue;
    }
    parts.push(chars.slice(from, at).join(''), chars.slice(at, at + size).join(''));
    at += size;
    from = at;
  }
  if (from === 0) return word;
  parts.push(chars.slice(from).join(''));
  return parts.filter(Boolean).join(' ');
}

/**
 * Who the words left after a question's cues name: all of them ("phil"), or one run of them when every
 * other word is in han, kana or hangul (a verb ending or particle no cue lists: "chan 어느 다녔어요").
 * A run wholly in those scripts must be someone's name exactly (`names`), and no other word may name anyone.
 */
export function personAmong(
  rest: readonly string[],
  isPerson: (text: string) => boolean,
  names?: (text: string) => boolean,
): string | null {
  const subject = rest.join(' ');
  if (isPerson(subject)) return subject;
  if (rest.length < 2 || rest.length > MAX_REST) return null;
  for (let size = Math.min(3, rest.length - 1); size >= 1; size -= 1) {
    for (let start = 0; start + size <= rest.length; start += 1) {
      const run = rest.slice(start, start + size);
      const others = [...rest.slice(0, start), ...rest.slice(start + size)];
      if (!others.every((word) => CJK_WORD.test(word))) continue;
      const name = run.join(' ');
      if (run.every((word) => CJK_WORD.test(word)) && !names?.(name)) continue;
      if (!isPerson(name) || others.some((word) => isPerson(word))) continue;
      return name;
    }
  }
  return null;
}
