// Obfuscated e-mail addresses as the redaction finds them in text: "jane [at] quill [dot] example",
// "jane(at)quill(dot)example", "jane at quill dot example", the full-width "jane＠quill．example" — the
// forms the contact reader (extract/contact-text.ts) takes for an address, so a private one is hidden
// in every form it was read from, not only as "jane@quill.example".

const AT = String.raw`\s?[[({<]\s?at\s?[\])}>]\s?|\s(?:at|AT)\s|＠`;
const DOT = String.raw`\s?[[({<]\s?dot\s?[\])}>]\s?|\s(?:dot|DOT)\s|[.．]`;
/** Bounded pieces: the local part and labels hold no separator character, so no two ways to match. */
export const OBFUSCATED_EMAIL = new RegExp(
  String.raw`(?<![\w.+-])[\w.+-]{1,64}(?:${AT})[\w-]{1,63}(?:(?:${DOT})[\w-]{1,63}){1,6}`,
  'g',
);
const AT_MARK = new RegExp(AT, 'g');
const DOT_MARK = new RegExp(DOT, 'g');
/** Written in a form that only an address takes: a bracketed "at" or the full-width ＠. */
const UNMISTAKABLE = /[[({<]\s?at\s?[\])}>]|＠/;

/** "jane [at] quill [dot] example" → "jane@quill.example" (lowercase). */
export function plainAddress(written: string): string {
  return written.replace(AT_MARK, '@').replace(DOT_MARK, '.').toLowerCase();
}

/** Whether the written form says "address" on its own (any private address hides it when e-mail is private). */
export const unmistakablyAddress = (written: string): boolean => UNMISTAKABLE.test(written);
