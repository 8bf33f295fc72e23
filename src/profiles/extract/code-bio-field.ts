// codeBioField: a field of a code-mode bio ("role: Tech Lead DevOps" in YAML, `self.role = "Backend
// developer"` in Python, `alias: Roxs`), read line by line from the top of the file.

const MAX_TEXT = 6000;
const MAX_LINES = 200;
const FIELDS = {
  role: /^(?:self\.|this\.)?["']?(?:role|title|position|occupation|job_title|jobtitle)["']?\s*[:=]/i,
  alias: /^(?:self\.|this\.)?["']?(?:alias|nickname|aka)["']?\s*[:=]/i,
} as const;

/** The value of the first such line, without quotes or a trailing comma; null when none. */
export function codeBioField(text: string, field: keyof typeof FIELDS): string | null {
  const lines = text.slice(0, MAX_TEXT).split('\n', MAX_LINES);
  for (const raw of lines) {
    const line = raw.trim();
    const key = FIELDS[field].exec(line);
    if (!key) continue;
    const value = unquote(line.slice(key[0].length));
    if (value.length >= 2 && value.length <= 80) return value;
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
