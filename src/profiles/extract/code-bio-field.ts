// codeBioField: a field of a code-mode bio ("role: Tech Lead DevOps" in YAML, `self.role = "Backend
// developer"` in Python, `alias: Roxs`): the bio block's entry (read-code-bio.ts), else the first such line
// at the top of the file (a YAML card outside any fence).
import { bioValue, readCodeBio } from './read-code-bio.js';

const MAX_TEXT = 6000;
const MAX_LINES = 200;
const FIELDS = {
  role: /^(?:self\.|this\.)?["']?(?:role|title|position|occupation|job_title|jobtitle)["']?\s*([:=])/i,
  alias: /^(?:self\.|this\.)?["']?(?:alias|nickname|aka)["']?\s*([:=])/i,
} as const;

const fits = (value: string | null): value is string =>
  value !== null && value.length >= 2 && value.length <= 80;

/** The value of the bio's field, else of the first such line, without quotes; null when none. */
export function codeBioField(text: string, field: keyof typeof FIELDS): string | null {
  const bio = readCodeBio(text);
  // Only a name-like key gives an alias (a `login`/`username` is the handle, read elsewhere).
  const coded = bio
    ? bioValue(bio, field, field === 'alias' ? (k) => FIELDS.alias.test(`${k}:`) : undefined)
    : null;
  // A bio block answers alone: its job records' titles are no headline.
  if (bio) return fits(coded) ? coded : null;
  const lines = text.slice(0, MAX_TEXT).split('\n', MAX_LINES);
  for (const raw of lines) {
    const line = raw.trim();
    const key = FIELDS[field].exec(line);
    if (!key) continue;
    const rest = line.slice(key[0].length).trim();
    // `self.role = role` assigns a variable: after `=` only a quoted string is a value.
    if (key[1] === '=' && !/^["'`]/.test(rest)) continue;
    const value = unquote(rest);
    if (fits(value)) return value;
  }
  return null;
}

/** ` "Tech Lead DevOps",` → `Tech Lead DevOps`: the quotes and separators around a value, by index. */
function unquote(value: string): string {
  let start = 0;
  let end = value.length;
  const edge = (c: string | undefined) => c !== undefined && ' \t"\'`,;'.includes(c);
  while (start < end && edge(value[start])) start++;
  while (end > start && edge(value[end - 1])) end--;
  return value.slice(start, end);
}
