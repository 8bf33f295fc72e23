// latinEnumeration: Latin names listed with "、"/"，" inside Chinese or Japanese text, and withoutCjkNote for a CJK note after a name.

import { findTechMentions } from './tech-mentions.js';
import { isSpace } from './word-count.js';

export const CJK_TEXT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

// A clause joined by "、"/"，" or closed by "。！？" with CJK letters around it: a sentence, not one name.
const ENUM_COMMA = /[、，]/;
const LATIN_RUN_CHAR = /[\p{Script=Latin}\d.+#\- ]/u;
const LATIN_RUN_START =
  /^\s*([\p{Script=Latin}][\p{Script=Latin}\d.+#-]{0,40}(?: [\p{Script=Latin}\d.+#-]{1,40}){0,2})(?:$|[^\p{Script=Latin}\d.+#-])/u;
const ALL_LATIN = /^[\p{Script=Latin}\d.+#/ -]{1,40}$/u;

/** The Latin run a text ends with ("顺手和 MCU" → "MCU"), read backwards at most 60 characters. */
function latinTail(text: string): string {
  let at = text.length;
  while (at > 0 && text.length - at < 60 && LATIN_RUN_CHAR.test(text[at - 1]!)) at--;
  return text.slice(at).trim();
}

/**
 * Latin names enumerated with "、"/"，" inside a Chinese or Japanese sentence ("顺手和 MCU、Bootloader、RTOS 较劲。"):
 * the names touching the commas, when at least two of them are Latin, and the known technologies named
 * elsewhere in the text; otherwise null.
 */
export function latinEnumeration(text: string): string[] | null {
  if (!ENUM_COMMA.test(text)) return null;
  const parts = text.split(ENUM_COMMA).slice(0, 24);
  if (parts.length < 2) return null;
  const names: string[] = [];
  parts.forEach((part, i) => {
    const whole = part.trim();
    if (i > 0 && i < parts.length - 1) {
      if (ALL_LATIN.test(whole)) names.push(whole);
      return;
    }
    const run = LATIN_RUN_START.exec(i === 0 ? latinTail(whole) : whole);
    if (run) names.push(run[1]!.trim());
  });
  if (names.length < 2) return null;
  // The sentence's other technologies ("平时写 Go 和 Python。") stand outside the enumeration.
  const out = findTechMentions(text).filter((n) => !names.includes(n));
  return [...out, ...names];
}

// "Air 热编译" (Air, hot reload): words in Chinese, Japanese or Korean after a Latin name describe it.
const LATIN_START = /^[\p{Script=Latin}\d]/u;
const LATIN = /\p{Script=Latin}/u;
const CJK_CLAUSE = /[。、，！？]/;
export function withoutCjkNote(name: string): string {
  const cjk = CJK_TEXT.exec(name);
  if (!cjk || cjk.index === 0 || cjk.index > 60 || !LATIN_START.test(name)) return name;
  const note = name.slice(cjk.index);
  // A short note ("热编译"), not a sentence ("を用いたアプリケーションを開発。").
  if (
    !isSpace(name.charCodeAt(cjk.index - 1)) ||
    note.length > 10 ||
    LATIN.test(note) ||
    CJK_CLAUSE.test(note)
  )
    return name;
  return name.slice(0, cjk.index).trimEnd();
}
