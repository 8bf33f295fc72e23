// bannerRoleSkills: the technologies a banner image's text names as the author's trade — the `desc=`/`text=`
// of a capsule-render header ("Unity/Csharp developer") or a line a typing SVG types ("Python Developer") —
// read as a role heading is: only beside a role word.
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

/** The technologies the banner's role lines name ("Unity/Csharp developer" → Unity, C#). */
export function bannerRoleSkills(src: string): string[] {
  return bannerTexts(src).flatMap((text) => roleTitleSkills(text));
}
