// Windows-1252 both ways: decode bytes (undefined bytes fall back to Latin-1) and map a char back to its byte.

/** Characters of bytes 0x80–0x9F; the five bytes Windows-1252 leaves undefined keep their Latin-1 C1 control. */
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

const CHAR_TO_BYTE = new Map<string, number>();
for (let i = 0; i < HIGH.length; i++) CHAR_TO_BYTE.set(HIGH[i]!, 0x80 + i);

export function decodeCp1252(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes)
    out += byte >= 0x80 && byte < 0xa0 ? HIGH[byte - 0x80] : String.fromCharCode(byte);
  return out;
}

/**
 * The Windows-1252 byte a character came from, or -1. C1 controls U+0080–U+009F map to their own byte too,
 * since Latin-1 decoders (and the undefined cp1252 bytes) produce them.
 */
export function cp1252Byte(char: string): number {
  const code = char.charCodeAt(0);
  if (char.length !== 1) return -1;
  if (code < 0x100) return code;
  return CHAR_TO_BYTE.get(char) ?? -1;
}

/** Non-ASCII characters that Windows-1252/Latin-1 can encode: the alphabet of mojibake runs. */
export const CP1252_HIGH_CLASS = `\\u0080-\\u00FF${[...CHAR_TO_BYTE.keys()]
  .filter((c) => c.charCodeAt(0) > 0xff)
  .map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  .join('')}`;
