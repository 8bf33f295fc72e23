// fieldEntry: an experience line written as separated fields, company first and a year last:
// "Acme Labs (part of Zeta Group) · Process automation, work placement · Lyon · 2024–2025", "Inper | IT technician | 2022".

/** A year or range as the last field, after a middle dot or bar (a `<br>` may end the line). */
const LAST_FIELD_YEAR =
  /\s[·|•]\s{1,3}((?:1[89]|20)\d{2}(?:\s{0,2}[–—-]\s{0,2}(?:(?:1[89]|20)\d{2}|present|now|current|today|actual|atual|hoy|heute))?)\s{0,3}(?:<br\s{0,2}\/?>)?$/iu;
/** "Acme Labs (part of Zeta Group)": an aside in brackets after the company names its parent. */
const ASIDE = /\s{0,3}[(（][^()（）]{1,80}[)）]\s{0,3}$/u;

export interface FieldEntry {
  organization: string;
  title: string | null;
  period: string;
}

/** The company (first field, its bracketed aside dropped), the role (second field) and the final year. */
export function fieldEntry(text: string): FieldEntry | null {
  const line = text.length > 300 ? '' : text.trim();
  const year = LAST_FIELD_YEAR.exec(line);
  if (!year) return null;
  // Fields are split on the separators only: commas belong inside a field ("Process automation, placement").
  const fields = line
    .slice(0, year.index)
    .split(/\s[·|•]\s/u)
    .map((f) => f.trim());
  if (fields.length < 2) return null;
  const organization = fields[0]!.replace(ASIDE, '').trim();
  // A company name is a few words, not a sentence.
  if (!organization || organization.length > 60 || organization.split(/\s+/).length > 6) return null;
  return { organization, title: fields[1] || null, period: year[1]!.replace(/\s+/g, ' ') };
}
