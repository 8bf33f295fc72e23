// bannerRoleSkills: the technologies a banner image's text names as the author's trade — the `desc=`/`text=`
// of a capsule-render header ("Unity/Csharp developer") or a line a typing SVG types ("Python Developer") —
// read as a role heading is: only beside a role word; and a typed line that is itself a list of
// technologies ("React | Next.js | Vue", "Java · TypeScript · Flutter"), read as a stack row is.
import { lookupTechnology } from '../vocabulary/tech-vocabulary.js';
import { roleTitleSkills } from './role-title-skills.js';

const MAX_SRC = 2000;
const BANNER_HOST = /capsule-render|readme-typing-svg/i;

/** The texts the banner shows: capsule-render's text and desc, a typing SVG's lines. */
function bannerTexts(src: string): string[] {
  const at = src.indexOf('?');
  if (at < 0 || !BANNER_HOST.test(src.slice(0, at))) return [];
  const params = new URLSearchParams(src.slice(at + 1, MAX_SRC).replace(/&amp;/g, '&'));
  const texts = [params.get('text'), params.get('desc'), ...(params.get('lines')?.split(';') ?? [])];
  return texts.filter((t): t is string => !!t && t.trim().length > 0 && t.length <= 200);
}

// The separators of a typed stack line; " & " and " + " join two items as a comma does.
const LIST_SEPARATOR = /[|·•,/]|\s[&+]\s/u;
const MAX_ITEM_WORDS = 3;

/**
 * The technologies of a line that is only a list of them: two or more short items, at least two thirds
 * of them known to the vocabulary (contact sites aside). "Always learning new things" lists nothing.
 */
function stackLine(text: string): string[] {
  const items = text
    .split(LIST_SEPARATOR)
    .map((item) => item.replace(/[^\p{L}\p{N}.#+\s-]/gu, '').trim())
    .filter(Boolean);
  if (items.length < 2 || items.some((item) => item.split(/\s+/).length > MAX_ITEM_WORDS)) return [];
  const known = items.flatMap((item) => {
    const tech = lookupTechnology(item);
    return tech && tech.kind !== 'platform' ? [tech.name] : [];
  });
  return known.length >= 2 && known.length * 3 >= items.length * 2 ? known : [];
}

/** The technologies the banner's role lines name ("Unity/Csharp developer" → Unity, C#). */
export function bannerRoleSkills(src: string): string[] {
  return bannerTexts(src).flatMap((text) => {
    const role = roleTitleSkills(text);
    return role.length > 0 ? role : stackLine(text);
  });
}
