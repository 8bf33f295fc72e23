// bracketEntry: an experience line that names the company first and puts the role and years in brackets
// after it, then describes the job: "**Acme Labs** (Research Intern, 2025) — built …", "Zeta (2019–2021): …".
import { parsePeriod } from './parse-period.js';

/** The company (a few words, a capital first), its bracket, then a dash, a colon or the line's end. */
const HEAD = /^([\p{Lu}\d][^()（）:—–]{0,58}?)\s{0,2}[(（]([^()（）]{2,80})[)）]\s{0,2}(?:[—–:-]|$)/u;

const NAME_WORD = /^(?:[\p{Lu}\d@&*_[\]].*|of|and|de|da|do|du|des|del|la|le|von|van|für|y|e|et)$/u;

export interface BracketEntry {
  organization: string;
  title: string | null;
  period: string | null;
}

/** The company, role and period of "Company (Role, Year) — …", when the bracket holds a role or a year. */
export function bracketEntry(text: string, isRole: (text: string) => boolean): BracketEntry | null {
  const head = HEAD.exec(text.length > 400 ? text.slice(0, 400) : text);
  if (!head) return null;
  const organization = head[1]!.trim();
  const words = organization.split(/\s+/);
  // A name: capitalised words (and "of", "&", "de"), not a phrase ("Summer internship with Veldt").
  if (words.length > 6 || isRole(organization) || !words.every((w) => NAME_WORD.test(w))) return null;
  // "Research Intern, 2025", "2019–2021; Staff Engineer": the parts on either side of a comma.
  let period: string | null = null;
  const roles: string[] = [];
  for (const part of head[2]!.split(/[,;，]/)) {
    const dated = parsePeriod(`(${part.trim()})`);
    if (dated && !period) period = dated.period;
    else if (part.trim()) roles.push(part.trim());
  }
  const title = roles.length > 0 && isRole(roles.join(', ')) ? roles.join(', ') : null;
  return title || period ? { organization, title, period } : null;
}
