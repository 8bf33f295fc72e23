// isProjectListing: "Angular Jira Clone ~ 2.2k stars - [kim/jira-clone](…)": a line listing a repository with
// its star count names a project, so the technology words in its title are no claim of skill.

// A star count: "2.2k stars", "500 ⭐", "★ 1,204".
const STAR_COUNT =
  /(?:^|[\s(~·|-])(?:\d{1,3}(?:[.,]\d{1,3})?k?\+?\s?(?:stars?|★|⭐)|(?:★|⭐)\s?\d{1,3}(?:[.,]\d{1,3})?k?)(?![\p{L}\p{N}])/iu;

/** True for a short prose line (a list item, not a bio that counts its stars) with a left-out link (the "¦" gap)
 * and a star count. */
export function isProjectListing(text: string): boolean {
  return text.length <= 160 && text.includes('¦') && STAR_COUNT.test(text);
}
