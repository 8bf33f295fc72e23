// withoutUnsafeCharacters: text without the characters no answer may carry. Controls a terminal acts on
// (ESC sequences that rewrite the shell's screen or title, BEL, CR, the C1 set), and invisible format
// characters that hide or reorder text (zero-width space, soft hyphen, word joiner, stray BOM, bidi
// embeddings, overrides and isolates: "‮TSUR" shows as "RUST"). Tab and line feed stay, and so do the
// joiners that spell emoji and Persian or Indic words (ZWJ, ZWNJ) and the LRM/RLM marks of RTL text.
// It imports nothing, so any folder may import it.

// Half of a surrogate pair (\p{Cs} in a u-pattern: a whole pair is one code point) is no character at
// all: it becomes U+FFFD, the mark of an unreadable one (a JSON "\ud800" escape makes one).
const UNSAFE =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u180E\u200B\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]|\p{Cs}/u;
const INVISIBLE =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u180E\u200B\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const HALF_PAIR = /\p{Cs}/gu;

/** Whether `text` holds a character withoutUnsafeCharacters would remove or replace. */
export const hasUnsafeCharacters = (text: string): boolean => UNSAFE.test(text);

/** `text` without controls (but tab and line feed) and invisible format characters; a half pair is U+FFFD. */
export function withoutUnsafeCharacters(text: string): string {
  return UNSAFE.test(text) ? text.replace(INVISIBLE, '').replace(HALF_PAIR, '\uFFFD') : text;
}

/**
 * Whether JSON text (JSON.stringify's output) may hold a string with such a character: C0 controls and
 * half pairs are written as escapes there ("\u001b", "\r", "\b", "\f", "\ud800"), the rest raw. An
 * escaped backslash before such letters ("C:\\bin") also answers true: the caller then checks the
 * strings themselves.
 */
export const jsonHasUnsafeCharacters = (json: string): boolean =>
  /\\(?:u00[01]|ud[89a-f]|[bfr])/.test(json) || UNSAFE.test(json);

/** withoutUnsafeCharacters for a value that must stay non-empty (a name): one that was only such
 *  characters becomes "\uFFFD", the mark of an unreadable character, rather than nothing. */
export function safeValue(text: string): string {
  const safe = withoutUnsafeCharacters(text);
  return safe === '' && text !== '' ? '\uFFFD' : safe;
}
