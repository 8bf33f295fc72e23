// sliceWhole: `text.slice(start, end)` that never cuts a character in half. A cut counted in UTF-16 units
// can fall inside an emoji's surrogate pair; the half left over is not Unicode (JSON carries it as
// "\ud83d", and an API that decodes strictly refuses the whole message). It imports nothing.

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** The slice, with each end moved inward off the middle of a pair: never longer than `end - start`. */
export function sliceWhole(text: string, start: number, end = text.length): string {
  let from = Math.max(0, start);
  let to = Math.min(text.length, end);
  if (from > 0 && from < text.length && isLow(text.charCodeAt(from)) && isHigh(text.charCodeAt(from - 1)))
    from++;
  if (to > 0 && to < text.length && isHigh(text.charCodeAt(to - 1)) && isLow(text.charCodeAt(to))) to--;
  return from < to ? text.slice(from, to) : '';
}
