// Time words that stand for a work verb before an employer ("Currently at X", "Atualmente na X",
// "Anteriormente na Y", "Aktuell bei X", "Auparavant chez Y", "Attualmente presso X"), and the check that
// what such a bare clause names is a company: not a school, a place or a course of study.

/** "now"/"before" words in the languages of JOB_ROLE, ending the clause right before the preposition. */
export const TIME_BEFORE_AT =
  /(?:^|[^\p{L}])(?:currently|previously|formerly|now|atualmente|actualmente|anteriormente|previamente|hoje|agora|ahora|hoy|actuellement|auparavant|pr[ée]c[ée]demment|anciennement|aujourd['’]hui|maintenant|aktuell|derzeit|zurzeit|momentan|jetzt|fr[üu]her|zuvor|vorher|attualmente|precedentemente|oggi|momenteel|voorheen|eerder|nu)[\s:,-]{0,3}$/iu;

/** Schools and universities: where a student is "currently at", not an employer. */
const SCHOOL =
  /univers|facul|escola|escuela|[ée]cole|schule|school|college|col[ée]gio|liceo|lyc[ée]e|academ|gymnas/iu;
/** Universities known by their acronym (case-sensitive: "Unity" is no "UN…"). */
const SCHOOL_ACRONYM = /^(?:UF[A-Z]{1,4}|IF[A-Z]{1,4}|USP|UNICAMP|UNESP|UnB|UNAM|UBA|MIT)$/u;
/** A course of study named after the employer ("Atualmente na UFMG, cursando…", "currently at X studying"). */
const STUDY_AFTER =
  /^[^.;!?]{0,40}\b(?:cursando|estudando|estudiando|studying|studiere|[ée]tudiant|[ée]tudie|studio)\b/iu;

/**
 * Whether `org`, read after a time word alone (no work verb, no job title), names a company: a capitalised
 * name that is no school and not followed by what is being studied there.
 */
export function companyAfterTimeWord(org: string, after: string): boolean {
  return /^\p{Lu}/u.test(org) && !SCHOOL.test(org) && !SCHOOL_ACRONYM.test(org) && !STUDY_AFTER.test(after);
}
