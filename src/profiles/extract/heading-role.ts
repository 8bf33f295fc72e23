// headingRole: the role a name heading states after the name ("# Ben Carter — ML engineer",
// "# Jane Doe | Staff SRE"), which says what the person does better than the paragraph under it.

const SEPARATORS = ['—', '–', ' - ', '|', '·', ':', ','];
const MAX_WORDS = 6;
export const HEADING_ROLE =
  /\b(?:engineer|developer|dev|programmer|designer|scientist|architect|manager|lead|sre|devops|founder|researcher|consultant|analyst|student|freelancer|maintainer|cto|ceo|entwickler(?:in)?|ingenieur(?:in)?|desarrollador(?:a)?|desenvolvedor(?:a)?|développeu(?:r|se)|ingeniero|ingénieur)s?\b/i;

/** The role after the name in a heading, or null when the heading holds no such tail. */
export function headingRole(rawTitle: string, name: string): string | null {
  const at = rawTitle.indexOf(name);
  if (at < 0) return null;
  let tail = rawTitle.slice(at + name.length).trim();
  const separator = SEPARATORS.find((s) => tail.startsWith(s.trim()));
  if (!separator) return null;
  tail = tail.slice(separator.trim().length).trim();
  // Emoji and decoration at the end ("ML engineer 🚀") are no part of the role.
  let end = tail.length;
  while (end > 0 && !/[\p{L}\p{N})]/u.test(tail[end - 1]!)) end--;
  const role = tail.slice(0, end).trim();
  if (!role || role.split(/\s+/).length > MAX_WORDS || !HEADING_ROLE.test(role)) return null;
  return role;
}
