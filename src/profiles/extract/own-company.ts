// ownCompany: an employer that is the person's own company or brand, stated as a step of their career
// ("I worked at several companies, founding [Acme](…) in 2015 to build apps full time", "creando [Acme](…)
// en 2015") or as where their paid work is done ("Commercial projects are carried out at [Acme Labs](…)").
// Only a linked name counts: the link is what makes a capitalised word a company rather than a project.
import type { Experience } from '../model/profile.js';

// Founding or creating something, in the languages of the prose readers (English, Spanish, Portuguese,
// French, German, Russian); right before the link's text.
const FOUNDING =
  /(?:^|[^\p{L}])(?:founded|co-?founded|founding|started|starting|launched|created|creating|fund[eé]|fundando|fundei|cre[eé]|creando|criei|criando|fond[eé]|créé|créant|gründete|основал[аи]?|создал[аи]?)\s{1,3}(?:my\s{1,3}(?:own\s{1,3})?(?:company|business|studio|agency)\s{1,3})?$/iu;
// A year right after the name: the founding is dated, a step of a career ("… in 2015", "en 2015").
const DATED_AFTER = /^\s{0,2}(?:\([^)]{0,40}\)\s{0,2})?(?:in|en|em|im|en el año|в)\s{1,3}(?:19|20)\d\d\b/iu;
// Words of having worked, so the founding belongs to a career story, not to a hobby project or a community.
const CAREER =
  /(?<!\p{L})(?:worked|working|work|job|career|companies|freelance|freelancer|full[- ]time|trabajado|trabajé|trabajo|empresas|trabalhei|trabalhado|carrière|entreprises|gearbeitet|работал[аи]?|компани\p{L}*)(?!\p{L})/iu;
// Paid work named as such, then where it is done: "commercial projects … at", "коммерческих проектов … в".
const COMMERCIAL =
  /(?<!\p{L})(?:(?:commercial|client|paid|freelance)\s(?:projects?|work)(?!\p{L})|коммерческ\p{L}*\s(?:проект|работ)|proyectos\scomerciales|projetos\scomerciais)/iu;
const WHERE_BEFORE = /(?:^|[^\p{L}])(?:at|through|via|with|в|во|en|em|na|no|chez|bei)\s{1,3}$/iu;

/** Cheap test: a line without any of these words states no such employer. */
export const OWN_COMPANY_HINT =
  /found|start|launch|crea|cré|fund|cre[eé]|cria|fond|gründ|основ|созд|commercial|client|paid|freelance|коммерч|comercia/iu;

export function ownCompany(text: string, links: readonly string[], line: number | null): Experience[] {
  if (text.length > 2000 || links.length === 0 || !OWN_COMPANY_HINT.test(text)) return [];
  const out: Experience[] = [];
  for (const name of links) {
    if (!/^[\p{Lu}\d]/u.test(name) || name.length > 60) continue;
    const at = text.indexOf(name);
    if (at < 0) continue;
    const before = text.slice(Math.max(0, at - 120), at);
    const after = text.slice(at + name.length, at + name.length + 40);
    const founded = FOUNDING.test(before) && DATED_AFTER.test(after) && CAREER.test(text);
    const commercial = WHERE_BEFORE.test(before) && COMMERCIAL.test(before);
    if (!founded && !commercial) continue;
    if (out.some((e) => e.organization === name)) continue;
    out.push({ text: text.trim(), title: null, organization: name, period: null, highlights: [], line });
  }
  return out;
}
