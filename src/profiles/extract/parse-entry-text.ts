// parseEntryText: one experience entry's text ("Role at Company (2019–2023)") → its title, organisation and period; ROLE_WORDS.

import { parsePeriod } from './parse-period.js';

export const ROLE_WORDS =
  /\b(engineer|developer|programmer|manager|lead|architect|intern|consultant|designer|scientist|analyst|director|head|cto|ceo|coo|vp|vpoe|founder|co-founder|officer|specialist|sre|devops|administrator|researcher|student|contractor|freelancer|owner|maintainer|staff|principal|ingenier[oa]|desarrollador[a]?|ingénieure?|développeu(?:r|se)|entwickler(?:in)?|ingenieur(?:in)?|desenvolvedor[a]?|engenheir[oa]|sviluppat(?:ore|rice)|ingegnere|programmat(?:ore|rice)|analyste|consultante|analista|auxiliar|operador[a]?|estagi[áa]ri[oa]|stagiaire|alternante?|praktikant(?:in)?|werkstudent(?:in)?|pasante|practicante|stagista|tirocinante|coordenador[a]?|coordinador[a]?|gerente|consultor[a]?)s?\b/i;

export interface Parts {
  title: string | null;
  organization: string | null;
  period: string | null;
}

/** "Company — Role (2019–2023)", "Role at Company", "**Role**, Company, 2019 – present". */
export function parseEntryText(text: string): Parts {
  const parts = readParts(text);
  return { ...parts, title: withoutIcon(parts.title), organization: withoutIcon(parts.organization) };
}

/** "⛓️ Blockchain Engineer Intern" → "Blockchain Engineer Intern": a leading icon is no part of a title. */
function withoutIcon(part: string | null): string | null {
  if (part === null) return null;
  const bare = part.replace(/^(?:\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|\u{20E3})+\s*/u, '');
  return bare.length > 0 ? bare : part;
}

/** "| Cyber Defense Lead" → "Cyber Defense Lead": the separator the dates stood before. */
function withoutSeparator(part: string): string {
  return part.replace(/^[|·—–-]\s*/, '').trim() || part;
}

const ICON_ONLY = /^(?:\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|\u{20E3}|\s)+$/u;

function readParts(text: string): Parts {
  const dated = parsePeriod(text);
  // "Engineer, Acme (2021–now): pipelines": what follows the dates after a colon describes the job.
  const described = dated?.before && /^[:;]/.test(dated.after);
  // "2020〜現在: **Acme** — Lead": the dates open the line, the colon after them is no part of the employer.
  const rest = dated ? (described ? dated.before : dated.rest.replace(/^[:;]\s*/, '')) : text.trim();
  const period = dated?.period ?? null;
  // "2024 年 ~ 現在 (テックリード / 正社員 | …)": an aside after the dates alone, no employer written.
  if (dated && /^[(（][^()（）]*[)）]$/u.test(rest)) return { title: null, organization: null, period };
  // "Quipper, Ltd (2013-2014) Software Engineer": the company before the dates, the role after.
  if (dated?.before && dated.after && ROLE_WORDS.test(dated.after) && !ROLE_WORDS.test(dated.before))
    return { title: dated.after, organization: dated.before, period };
  const at = /^(.*?\S)\s+(?:at|@|chez|bei|en|na|no)\s+(\S.*)/i.exec(rest);
  if (at && ROLE_WORDS.test(at[1]!)) return { title: at[1]!.trim(), organization: at[2]!.trim(), period };
  const parts = rest
    .split(/(?<!\s)\s+[—–|·-]\s+|,\s+/)
    .map((p) => p.trim())
    // "🛠️ Acme — ⏳ 2023 - Present": the icon the dates stood behind is no field.
    .filter((p) => p && !ICON_ONLY.test(p));
  if (parts.length >= 2) {
    const [a, b] = parts as [string, string];
    // A side with a role word is the title; otherwise "Company — Role", the common README order.
    const aIsRole = ROLE_WORDS.test(a) && !ROLE_WORDS.test(b);
    return { title: aIsRole ? a : b, organization: aIsRole ? b : a, period };
  }
  // "2025 - Present | Cyber Defense Lead": dates and a role alone, a job whose employer is not written.
  if (dated && parts.length === 1 && parts[0]!.length <= 60 && ROLE_WORDS.test(parts[0]!))
    return { title: withoutSeparator(parts[0]!), organization: null, period };
  return { title: null, organization: null, period };
}
