// codeBioJobs: the employers a code-mode bio states: `company: "Acme"` with `role`/`period` beside it,
// records of a `experience: [{ company, title, dates }]` list, and `work: { Acme: { position: "…" } }`.
import type { Experience } from '../model/profile.js';
import type { CodeBioEntry } from './code-bio-lines.js';
import { bioKind, readCodeBio } from './read-code-bio.js';

const MAX_JOBS = 12;
const YEAR = /\b(?:19|20)\d\d\b|\b(?:now|present|current)\b/i;
const TITLE_AT = /^([^@]{2,60}?)\s(?:@|at)\s{1,3}(\p{Lu}[^,;()]{1,60})$/u;
const NOT_ORG = /^(?:n\/?a|none|null|-+|tbd|unemployed|freelance|self|open to work|looking)$/i;

function sibling(entries: readonly CodeBioEntry[], of: CodeBioEntry, kind: 'role' | 'period'): string | null {
  const key = of.path.join('/');
  const found = entries.find(
    (e) =>
      e.record === of.record && e.path.join('/') === key && bioKind(e.key) === kind && e.values.length > 0,
  );
  return found ? found.values.join(' – ') : null;
}

/** New entries for the employers the file's code bio names that `known` does not hold yet. */
export function codeBioJobs(markdown: string, known: readonly Experience[]): Experience[] {
  const bio = readCodeBio(markdown);
  if (!bio) return [];
  const seen = new Set(known.flatMap((e) => (e.organization ? [e.organization.toLowerCase()] : [])));
  const out: Experience[] = [];
  const add = (organization: string, title: string | null, period: string | null, line: number) => {
    const org = organization.trim();
    if (out.length >= MAX_JOBS || org.length < 2 || org.length > 60 || NOT_ORG.test(org)) return;
    if (seen.has(org.toLowerCase())) return;
    seen.add(org.toLowerCase());
    const text = [title, org, period].filter(Boolean).join(' · ');
    out.push({ text, title, organization: org, period, highlights: [], line: bio.line + line });
  };
  for (const e of bio.entries) {
    const kind = bioKind(e.key);
    // `addExperience("Acme", "2019 - 2023")`: several values of one jobs entry name an employer and its time.
    if ((kind === 'jobs' || kind === 'company') && e.values.length >= 2 && e.values.length <= 4) {
      const period = e.values.find((v) => YEAR.test(v)) ?? null;
      const [org, title] = e.values.filter((v) => v !== period);
      if (period && org) add(org, title ?? null, period, e.line);
      // `employers: ["Acme", "Globex"]`: a list under an employer key names one employer each.
      else if (!period && kind === 'company') for (const v of e.values) add(v, null, null, e.line);
      continue;
    }
    // `role: "Software Engineer @ Tidewell"`, a card's "Work: SRE at Globex": one value says title and employer.
    const said =
      (kind === 'role' || kind === 'jobs') && e.values.length === 1 ? TITLE_AT.exec(e.values[0]!) : null;
    if (said && e.path.length === 0)
      add(said[2]!, said[1]!.trim(), sibling(bio.entries, e, 'period'), e.line);
    if (kind === 'company' && e.values.length === 1)
      add(e.values[0]!, sibling(bio.entries, e, 'role'), sibling(bio.entries, e, 'period'), e.line);
    // `work: { Acme: { position: "…" } }`: the key under a jobs key names the employer.
    if ((kind === 'role' || kind === 'period') && e.path.length >= 2) {
      const org = e.path[e.path.length - 1]!;
      const parent = e.path[e.path.length - 2]!;
      if (bioKind(parent) === 'jobs' && bioKind(org) === null && /^\p{Lu}/u.test(org))
        add(org, sibling(bio.entries, e, 'role'), sibling(bio.entries, e, 'period'), e.line);
    }
  }
  return out;
}
