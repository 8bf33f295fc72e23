// orgAt: the employer a sentence names after "at"/"@"/"en" (a link's text, an @name, a capitalised run or
// a domain), a second one after "and", and whether a capitalised word after "en"/"em"/"в" is a company.
import { isWellKnownSkill } from '../vocabulary/skill-aliases.js';
import { JOB_ROLE } from './job-role.js';
import { orgBeforeRole } from './link-role-split.js';

/** Capitalised words after "at" that are not companies: "Developer at Day, Gamer at Night", places. */
const NOT_AN_EMPLOYER =
  /^(?:the|a|an|home|day|night|heart|work|scale|times|present|moment|remote|remoto|brasil|brazil|portugal|europa|europe|alemanha|canad[aá]|eua|usa|home office)$/i;
const VAGUE =
  /^(?:various|several|multiple|many|different|numerous|other|some|a\s+few|a\s+couple\s+of|diverse|varias|varios|diversas|diversos|plusieurs|diverses|mehrere|verschiedenen?)\s/i;
const ORG_RUN =
  /^(?:the\s+)?(?:[\p{Lu}\d][\p{L}\p{M}\d&'’.+-]*)(?:\s+(?:[\p{Lu}\d&][\p{L}\p{M}\d&'’.+-]*|of|de|du|des|del|für))*|^[a-z0-9-]{2,40}\.[a-z]{2,10}\b/u;

export interface SentenceContext {
  /** Link texts in the line, so an employer written as a link is read whole ("eQ Technologic Pvt. Ltd."). */
  links: readonly string[];
  /** The person's handle: "@handle" is never their employer. */
  handle: string | null;
}

const CORP_SUFFIX = /^(?:ltd|inc|co|corp|llc|gmbh|s\.?a)\b/i;

/** "Oxxo. 2023-2024", "Яндексе. Нравится": the sentence ended at a full stop (but "Pvt. Ltd" goes on). */
function sentenceEnd(org: string): string {
  for (const stop of org.matchAll(/\.\s+/g)) {
    const after = org.slice(stop.index + stop[0].length);
    if (!CORP_SUFFIX.test(after)) return org.slice(0, stop.index + 1);
  }
  return org;
}

// "… at Zeta and The Luminosity Lab.": a second employer of two or more capitalised words (or a link's
// text) that ends the sentence; "at Google and Love it" names one.
const AND_ORG =
  /^\s{1,2}(?:and|&)\s{1,2}((?:The\s)?[\p{Lu}\d][\p{L}\d&.'-]{0,30}(?:\s[\p{Lu}\d][\p{L}\d&.'-]{0,30}){1,4})\s?(?:[.!;]|$)/u;

function secondEmployer(after: string, context: SentenceContext): string | null {
  const link = context.links.find((l) => l && after.replace(/^\s{1,2}(?:and|&)\s{1,2}/, '').startsWith(l));
  const named = link ?? AND_ORG.exec(after)?.[1] ?? null;
  return named && /^\s{1,2}(?:and|&)\s/.test(after) ? orgAt(named, context, false) : null;
}

/** One name of an enumeration: up to four capitalised words ("Red Hat", "KPN", "Temporal.io"). */
const LISTED_NAME =
  /^(?:The\s)?[\p{Lu}\d][\p{L}\p{M}\d&.'’+-]{0,30}(?:\s[\p{Lu}\d&][\p{L}\p{M}\d&.'’+-]{0,30}){0,3}$/u;

/**
 * The employers named after the first one: "at Google, Facebook, and Amazon", "at Stripe, Shopify and
 * Twilio", "at Zeta and The Luminosity Lab". A comma list counts only as a whole enumeration (every part a
 * name, "and" or "&" before the last) that ends the sentence: "at Acme, building APIs" names one.
 */
export function moreEmployers(after: string, context: SentenceContext): string[] {
  if (!after.startsWith(',')) {
    const second = secondEmployer(after, context);
    return second ? [second] : [];
  }
  // The sentence's end: a stop, a bracket or a line end (a dot inside "Temporal.io" goes on).
  const segment = after.slice(0, 200).split(/[!?;(\n]|\.(?:\s|$)/)[0]!;
  if (!/(?:,|\s)\s{0,2}(?:and|&)\s/.test(segment)) return [];
  const parts = segment
    .split(/,\s{0,2}(?:(?:and|&)\s{1,2})?|\s{1,2}(?:and|&)\s{1,2}/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0 || parts.length > 8 || !parts.every((p) => LISTED_NAME.test(p))) return [];
  return parts.flatMap((p) => orgAt(p, context, false) ?? []);
}

// "at companies like DUO, KPN and CJIB", "for startups such as Zeta": a kind of employer, then their names.
const KIND_OF_EMPLOYER =
  /^(?:(?:various|several|many|different|other|some|multiple)\s{1,2})?(?:(?:tech|software|large|big|top|global)\s{1,2})?(?:companies|organi[sz]ations|firms|startups|employers|enterprises|corporations)\s{1,2}(?:like|such\s{1,2}as|including)\s{1,2}/i;

/** The employers named after a kind of employer: "companies like A, B and C" → A, B, C; null when no kind opens `rest`. */
export function employersAfterKind(rest: string, context: SentenceContext): string[] | null {
  const kind = KIND_OF_EMPLOYER.exec(rest);
  if (!kind) return null;
  const names = rest.slice(kind[0].length);
  const first = orgAt(names, context, false);
  if (!first) return [];
  // After a kind, "and Meta" is the list's last name even when it is one word.
  const tail = names.slice(first.length);
  return [first, ...moreEmployers(/^\s{1,2}(?:and|&)\s/.test(tail) ? `,${tail}` : tail, context)];
}

/** The employer at the start of `rest`: a link's text, an @name, a capitalised run or a domain. */
export function orgAt(rest: string, context: SentenceContext, needsLink: boolean): string | null {
  // The longest link the text goes on with ("Orbit Labs Inc", not an earlier "Orbit").
  let link: string | undefined;
  for (const l of context.links) if (l && rest.startsWith(l) && l.length > (link?.length ?? 0)) link = l;
  const mention = /^@([\w.-]{2,40})(?!\/)/.exec(rest);
  if (/^@[\w.-]+\//.test(rest)) return null; // "@vercel/next.js": a repository, not an employer
  let org = (link && orgBeforeRole(link.replace(/^@/, ''), (t) => JOB_ROLE.test(t))) ?? mention?.[1] ?? null;
  if (!org && needsLink) return null;
  org ??= ORG_RUN.exec(rest)?.[0] ?? null;
  if (!org) return null;
  org = sentenceEnd(org)
    .replace(/(?<![.,;:])[.,;:]+$/, '')
    .replace(/(?<!\s)\s+(?:of|de|du|des|del|für)$/iu, '')
    // "for Tencent's coding assistant": the possessive's owner is the employer.
    .replace(/(?<=\p{L})['’]s$/u, '')
    .trim();
  if (org.length < 2 || !/\p{L}/u.test(org) || JOB_ROLE.test(org) || NOT_AN_EMPLOYER.test(org)) return null;
  // "mentor at [various organizations](…)", "at several startups": a link's vague words name no one employer.
  if (VAGUE.test(org)) return null;
  const bare = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  if (context.handle && bare(org) === bare(context.handle)) return null;
  return org;
}

const PLACE =
  /^(?:Madrid|Barcelona|Valencia|Sevilla|México|Mexico|CDMX|Guadalajara|Monterrey|Buenos|Lima|Bogotá|Medellín|Santiago|Quito|Caracas|Montevideo|España|Espanha|Argentina|Colombia|Chile|Perú|Brasil|Portugal|Lisboa|Porto|São|Rio|Belo|Curitiba|Москв\p{L}*|Петербург\p{L}*|Росси\p{L}*|Warszaw\p{L}*|Krak[oó]w\p{L}*|Poznaniu|Wrocław\p{L}*|Gdańsk\p{L}*|Łodzi|Polsce|Remoto|Home)$/iu;

/** A capitalised name right after "en"/"em"/"в"/"w" that is neither a place nor a technology. */
export function companyAfterEn(word: string, rest: string): boolean {
  if (word !== 'en' && word !== 'em' && word !== 'в' && word !== 'w') return false;
  let first = /^[\p{Lu}\d][\p{L}\p{M}\d&.+-]*/u.exec(rest)?.[0] ?? '';
  while (first.endsWith('.') || first.endsWith(',')) first = first.slice(0, -1);
  return !!first && first.length >= 2 && !PLACE.test(first) && !isWellKnownSkill(first);
}
