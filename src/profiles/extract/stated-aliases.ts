// statedAliases: other names a profile gives its author — "aka **pixelpri**", "a.k.a. [codeSTACKr]",
// "everyone calls me Pixel", and the user name of their own GitHub link when the file is named otherwise —
// so people can ask for them by the name they know.
import type { Contact } from '../model/profile.js';
import { codeBioField } from './code-bio-field.js';

/** Only the top of the file introduces its author (the same window a greeting is looked for in). */
const MAX_TEXT = 4000;
const AKA =
  /(?:^|[\s(,])(?:aka|a\.k\.a\.?|also known as)[\s*_:"'“([@]+([\p{L}\p{N}][\p{L}\p{N}_.-]{1,38})/giu;
/**
 * "calls me Pixel", "call me **Ani**", "goes by Sam", "me dicen Pepe", "mais conhecido como Zé", "on
 * m'appelle Jo": a capitalised or marked word (never "call me at +1…", "conhecido como desenvolvedor").
 */
const CALL_ME =
  /(?<!\p{L})(?:calls? me|go(?:es)? by|nicknamed|(?:mais |more )?(?:conhecid[oa]|conocid[oa]) como|me (?:chamam|chame) de|pode me chamar de|me (?:dicen|llaman)|ll[aá]mame|on m['’]appelle|appelez-moi|mi chiamano|nenn(?:t|en) mich)(?=[\s*_"'“])/giu;
/**
 * Every CALL_ME cue holds one of these (same flags, so the same case folding): one scan without CALL_ME's
 * look-behind at every character rules most files out at a seventh of its cost.
 */
const CALL_ME_STEM =
  /c(?:all|omo)|go(?:es)? by|nicknamed|me (?:cham|dicen|llaman)|l[aá]mame|appel|chiamano|nenn/iu;
/** The word after the cue, and the marks before it ("**Ani**", "“Pixel”"). */
const NICKNAME = /^([\s*_"'“]{1,6})([\p{L}\p{N}][\p{L}\p{N}_.-]{1,29})/u;
const NOT_NAMES = new Set(['prof', 'dr', 'mr', 'ms', 'mrs', 'the', 'a', 'an', 'maybe', 'anytime', 'back']);
const GITHUB_USER = /^https?:\/\/(?:www\.)?github\.com\/([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/?$/;

export function statedAliases(text: string, contacts: readonly Contact[], handle: string | null): string[] {
  const top = text.slice(0, MAX_TEXT);
  const cues = CALL_ME_STEM.test(top) ? [...top.matchAll(CALL_ME)] : [];
  const called = cues.flatMap((cue) => {
    const m = NICKNAME.exec(top.slice(cue.index + cue[0].length, cue.index + cue[0].length + 40));
    return m && (/\p{Lu}/u.test(m[2]![0]!) || /[*_"'“]/.test(m[1]!)) ? [m[2]!] : [];
  });
  const coded = codeBioField(top, 'alias');
  const found = [...[...top.matchAll(AKA)].map((m) => m[1]!), ...called, ...(coded ? [coded] : [])]
    .map(trimEnd)
    .filter((name) => name.length >= 2 && !NOT_NAMES.has(name.toLowerCase()));
  const users = new Set(
    contacts.flatMap((c) =>
      c.kind === 'github' && c.visibility !== 'private' ? (GITHUB_USER.exec(c.value)?.[1] ?? []) : [],
    ),
  );
  // One GitHub account is the author's; several (an org, a mirror) say nothing about which.
  if (users.size === 1) found.push(...users);
  const own = handle?.toLowerCase();
  return [...new Set(found)].filter((name) => name.toLowerCase() !== own).slice(0, 5);
}

/** "pixelpri." → "pixelpri": sentence dots and dashes after the name (a loop: no backtracking). */
function trimEnd(name: string): string {
  let end = name.length;
  while (end > 0 && (name[end - 1] === '.' || name[end - 1] === '-')) end--;
  return name.slice(0, end);
}
