// roleTitleSkills: the technologies a heading names as the author's trade ("Freelance fullstack iOS &
// Android engineer", "Desarrollador Python y Django"): a role names what someone works in, as a list does.
import { findTechMentions } from './tech-mentions.js';

const MAX_TITLE = 160;
// Role words in the languages section titles know; the technologies stand next to them.
const ROLE =
  /\b(?:developer|engineer|programmer|dev|architect|desarrollador(?:a)?|ingenier[oa]|desenvolvedor(?:a)?|engenheir[oa]|d[ée]veloppeu(?:r|se)|ing[ée]nieur(?:e)?|entwickler(?:in)?)\b/i;
// A clause break: what stands beyond it is another statement ("… engineer | Blogger | Go fan").
const CLAUSE_BREAK = /[|,;:—–·•]/;

// The words beside the role that say its trade ("fullstack iOS & Android engineer"); further ones are
// another statement ("Developer by day and a Laravel Community Contributor by night").
const NEAR = 4;
const EMPLOYER_OR_PLACE = /^(?:@|(?:at|in|for|from|en|em|na|no|de|chez|bei|für|aus|para|pour)$)/i;

/** The technologies named beside a role word, within its clause of the heading, or none. */
export function roleTitleSkills(title: string): string[] {
  const text = title.slice(0, MAX_TITLE);
  if (!ROLE.test(text)) return [];
  const clause = text.split(CLAUSE_BREAK).find((part) => ROLE.test(part));
  if (!clause) return [];
  const words = clause.split(' ').filter(Boolean);
  const at = words.findIndex((w) => ROLE.test(w));
  // After the role only up to where an employer or a place starts ("Desarrollador Python en Globant").
  let end = at + 1;
  while (end < words.length && end <= at + NEAR && !EMPLOYER_OR_PLACE.test(words[end]!)) end++;
  // Beside a role a name is as good as listed: "Rust engineer", "Unity developer".
  return findTechMentions(words.slice(Math.max(0, at - NEAR), end).join(' '), true);
}
