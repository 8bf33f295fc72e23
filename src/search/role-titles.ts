// roleTitles: what a profile says someone is (its headline, the titles of jobs held now, the opening's
// sentences that name a role), as written and folded: derived once per profile object, when it is
// indexed, so a group question over 10,000 people reads them instead of folding every profile again.
import type { Profile } from '../profiles/model/profile.js';
import { foldText } from '../text/fold-text.js';

/** Words that name what someone does (a role), in a headline or sentence. */
export const ROLE_WORD =
  /\b(?:engineer(?:ing)? (?:leader|manager|lead)|engineer|developer|programmer|lead|leader|manager|director|architect|founder|co-?founder|cto|ceo|writer|co-?host|designer|scientist|researcher|consultant|maintainer|advocate|freelancer|student)s?\b/i;

export interface RoleTitle {
  text: string;
  folded: string;
  /** Lowercased as written, only where folding may change letters of another script (Hangul); else null. */
  lower: string | null;
}

/** "2021 – present": a job held now. */
const ONGOING =
  /\b(?:present|now|current|today|ongoing|since|atual|actual|atualmente|actualidad|presente|heute|aujourd hui|oggi)\b|настоящее время|по н\. ?в\.|現在|至今|现在|현재/;
const YEAR = /\b(?:19|20)\d\d\b/;
/** Sections of the opening read for a sentence saying what someone is. */
const OPENING_SECTIONS = 3;
const OPENING_LINES = 8;
/** Bullets of an opening section read, and the words of each that must say the role. */
const OPENING_ITEMS = 3;
const LEAD_WORDS = 5;
const MAX_STATEMENT = 240;
/** A word for what someone is: a job ("engineer"), or a trade named by its "-ist" ("biologist", "specialist"). */
const SAYS_ROLE = /\b(?:[a-z]+ologist|specialist|analyst|administrator|technician|hobbyist|enthusiast)s?\b/i;

/** The same words in the languages profiles are often written in ("Estudiante de …", "Ingeniero de sistemas", "Разработчик"). */
const OTHER_ROLE_WORD =
  /(?<![\p{L}])(?:estudiante|estudante|studentin|[ée]tudiant(?:e)?|studente(?:ssa)?|студент(?:ка)?|desarrollador(?:a)?|desenvolvedor(?:a)?|programador(?:a)?|ingenier[oa]|engenheir[oa]|entwickler(?:in)?|d[ée]veloppeu(?:r|se)|sviluppatore|разработчик|программист|инженер)(?![\p{L}])|エンジニア|テックリード|开发者|工程师|개발자|엔지니어/iu;

/** An "About me" bullet that opens by saying what someone is ("🎓 Estudiante de …", "I'm a backend developer"). */
const leadSaysRole = (item: string) =>
  saysRole(
    item
      .replace(/^[^\p{L}]+/u, '')
      .split(' ')
      .slice(0, LEAD_WORDS)
      .join(' '),
  );

const saysRole = (text: string) => ROLE_WORD.test(text) || SAYS_ROLE.test(text) || OTHER_ROLE_WORD.test(text);

/**
 * "Hi, I'm Sanithu, a Full Stack Developer", "A Cloud Security Specialist (AWS) and …", a subtitle heading
 * ("Aspiring Machine Learning Engineer"): sentences of the opening sections that name a role.
 */
function openingRoles(profile: Profile): string[] {
  return profile.sections.slice(0, OPENING_SECTIONS).flatMap((section) =>
    [
      section.title,
      ...section.text.split('\n').slice(0, OPENING_LINES),
      // Never a job of an experience list or a dated past one ("Acme — Staff Engineer (2019–2023)"): only
      // what someone says they are now is a title.
      ...(section.kind === 'experience' ? [] : section.items.slice(0, OPENING_ITEMS))
        .filter(leadSaysRole)
        .filter((item) => !YEAR.test(item) || ONGOING.test(foldText(item))),
    ]
      // A line no sentence of which could say a role is not split (most lines of most profiles); one
      // longer than a sentence is kept may read otherwise once cut, so it is split all the same.
      .filter((line) => line.length > MAX_STATEMENT || saysRole(line))
      .flatMap((line) => line.split(/(?<=[.!?])\s+/))
      .map((sentence) => sentence.trim().slice(0, MAX_STATEMENT))
      .filter(saysRole),
  );
}

/** A profile's role titles, and all of them in one text per reading (a line each) for a first test. */
export interface RoleTitles {
  list: readonly RoleTitle[];
  folded: string;
  /** The titles with letters of another script lowercased as written, a line each; null when there are none. */
  lower: string | null;
}

const TITLES = new WeakMap<Profile, RoleTitles>();
/** A letter of a script other than Latin: folding splits Hangul into its letters, so such titles are also
 * matched as written. A dash or an emoji is no reason to test a title twice (every person, each group question). */
const NON_LATIN_LETTER = /[^\P{L}\p{Script=Latin}]/u;

/** The profile's role titles, derived on first use (the index asks when it takes the profile). */
export function roleTitles(profile: Profile): RoleTitles {
  const known = TITLES.get(profile);
  if (known) return known;
  const list = [
    profile.headline ?? '',
    ...profile.experience.filter((e) => ONGOING.test(foldText(e.period ?? ''))).map((e) => e.title ?? e.text),
    ...openingRoles(profile),
  ]
    .filter(Boolean)
    .map((text) => ({
      text,
      folded: foldText(text),
      lower: NON_LATIN_LETTER.test(text) ? text.toLowerCase() : null,
    }));
  const lower = list.flatMap((t) => (t.lower === null ? [] : [t.lower]));
  const titles = {
    list,
    folded: list.map((t) => t.folded).join('\n'),
    lower: lower.length > 0 ? lower.join('\n') : null,
  };
  TITLES.set(profile, titles);
  return titles;
}
