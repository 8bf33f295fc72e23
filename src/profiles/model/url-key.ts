// urlKey: how two mentions of a URL compare (scheme, www., query and trailing punctuation dropped), and
// endRun, the linear scan for a run of characters at a text's end that it and the redactors share.

/** Where a run of `chars` at the end of `text` starts. A loop, not /[…]+$/, which is quadratic on long runs. */
export function endRun(text: string, chars: string): number {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return end;
}
export const SENTENCE_END = '.,;:!?';

/** "HTTPS://www.GitHub.com/Jane/?tab=repos" → "github.com/jane": how two mentions of a URL compare. */
export function urlKey(raw: string): string {
  let key = raw.toLowerCase().replace(/^https?:\/\//, '');
  if (key.startsWith('www.')) key = key.slice(4);
  const query = key.search(/[?#]/);
  if (query >= 0) key = key.slice(0, query);
  key = key.slice(0, endRun(key, SENTENCE_END));
  return key.slice(0, endRun(key, '/'));
}
