// capTitle: a heading or section title cut to MAX_TITLE characters. A title is repeated wherever its
// section is named (each skill's category, every answer's "under …", /help's section list): a 400,000-
// character heading made 900 KB answers from a 1 MB file.

/** Far above any real heading (the longest in the dev corpus is under 100 characters). */
export const MAX_TITLE = 200;

/** `title` itself when short enough; else its first `max` characters, cut at a space where one is near, and "…". */
export function capTitle(title: string, max = MAX_TITLE): string {
  if (title.length <= max) return title;
  let end = max;
  // Never half a surrogate pair (an emoji cut in two is not text).
  const last = title.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  const space = title.lastIndexOf(' ', end);
  if (space > max - 40) end = space;
  return `${title.slice(0, end).trimEnd()}…`;
}
