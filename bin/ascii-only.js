// asciiOnly: JavaScript source with every non-ASCII character written as a \u escape (see compile-checkout.js).
const hex = (unit) => `\\u${unit.toString(16).toUpperCase().padStart(4, '0')}`;

/** Each character above U+007F as \uXXXX, or its surrogate pair \uXXXX\uXXXX above U+FFFF; the rest unchanged. */
export function asciiOnly(source) {
  return source.replace(/[^\x00-\x7f]/gu, (char) =>
    char.length === 2 ? hex(char.charCodeAt(0)) + hex(char.charCodeAt(1)) : hex(char.charCodeAt(0)),
  );
}
