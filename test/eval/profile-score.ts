// scoreProfiles: `profiles check --json` output scored against hand-annotated expected facts
// (names, skills, contacts, experience, must-not), the same rules as the corpus scorer.

export const CATEGORIES = ['names', 'skills', 'contacts', 'experience', 'must-not'] as const;
export type Category = (typeof CATEGORIES)[number];
export type Tally = Record<Category, [passed: number, total: number]>;

export interface ExpectedProfile {
  name: string;
  skills_must_include?: string[];
  skills_must_not_include?: string[];
  contact_must_include?: { kind?: string; value: string }[];
  contact_must_not_include?: string[];
  experience_must_include?: string[] | null;
}
export interface Expected {
  skill_aliases?: Record<string, string[]>;
  profiles: Record<string, ExpectedProfile>;
}
interface OutProfile {
  file?: string;
  name?: string | null;
  skills?: ({ name?: string } | string)[];
  contacts?: { kind?: string; value?: string }[];
  experience?: unknown[];
}
export interface CheckOutput {
  profiles?: OutProfile[];
  rejected?: ({ file?: string; reason?: string } | string)[];
}
export interface FileScore {
  file: string;
  tally: Tally;
  failures: string[];
  rejected: string | null;
}

const emptyTally = (): Tally => Object.fromEntries(CATEGORIES.map((c) => [c, [0, 0]])) as unknown as Tally;

/** Case, NFC, whitespace and markdown emphasis (*, **, _x_, ~~, `) normalised. */
export function normText(s: string): string {
  return s
    .normalize('NFC')
    .replaceAll('~~', '')
    .replaceAll('`', '')
    .replaceAll('*', '')
    .replace(/(?<![\p{L}\p{N}_])_+|_+(?![\p{L}\p{N}_])/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Name and skill key: no spaces, dots, hyphens or underscores (Node.js == NodeJS). */
export const loose = (s: string): string => normText(s).replace(/[\s._-]+/g, '');

export function skillKeyer(aliases: Record<string, string[]> = {}): (name: string) => string {
  const canon = new Map<string, string>();
  for (const [canonical, names] of Object.entries(aliases)) {
    const key = loose(canonical);
    canon.set(key, key);
    for (const name of names) if (!canon.has(loose(name))) canon.set(loose(name), key);
  }
  return (name) => {
    const k = loose(name);
    return canon.get(k) ?? k;
  };
}

const PHONE = /^\+?[\d\s().\-/]{7,}$/;

/** mailto:/tel:, scheme, www., trailing slash, case, %-escapes; x.com == twitter.com. */
export function normContact(value: string): string {
  let v: string;
  try {
    v = decodeURIComponent(value.normalize('NFC')).trim();
  } catch {
    v = value.normalize('NFC').trim();
  }
  v = v.replace(/^(?:mailto|tel):/i, '');
  if (PHONE.test(v) && v.replace(/\D/g, '').length >= 7) return v.replace(/[^\d+]/g, '');
  if (v.includes('@') && !v.split('?')[0]!.includes('/')) return v.split('?')[0]!.trim().toLowerCase();
  v = v.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/^www\./i, '');
  v = v.toLowerCase().replace(/\/+$/, '');
  return v
    .replace(/^(?:mobile\.)?x\.com\//, 'twitter.com/')
    .replace(/^mobile\.twitter\.com\//, 'twitter.com/');
}

/** A must-not entry is hit by the same address or anything under it (path, query or fragment). */
const contactHits = (entry: string, value: string) =>
  value === entry || ['/', '?', '#', '&'].some((sep) => value.startsWith(entry + sep));

export function scoreFile(exp: ExpectedProfile, out: OutProfile | undefined, key: (s: string) => string) {
  const tally = emptyTally();
  const failures: string[] = [];
  const fact = (cat: Category, ok: boolean, message: string) => {
    tally[cat][1] += 1;
    if (ok) tally[cat][0] += 1;
    else failures.push(message);
  };
  const got = out?.name ?? null;
  fact(
    'names',
    got !== null && loose(got) === loose(exp.name),
    `name: expected ${JSON.stringify(exp.name)}, got ${JSON.stringify(got)}`,
  );

  const skills = new Map<string, string>();
  for (const s of out?.skills ?? []) {
    const name = typeof s === 'string' ? s : s.name;
    if (name && !skills.has(key(name))) skills.set(key(name), name);
  }
  for (const want of exp.skills_must_include ?? [])
    fact('skills', skills.has(key(want)), `missing skill: ${want}`);
  for (const bad of exp.skills_must_not_include ?? []) {
    const hit = skills.get(key(bad));
    fact(
      'must-not',
      hit === undefined,
      `unexpected skill: ${JSON.stringify(hit)} (must not include ${JSON.stringify(bad)})`,
    );
  }

  const contacts = (out?.contacts ?? [])
    .filter((c) => c.value)
    .map((c) => ({ key: normContact(c.value!), ...c }));
  for (const want of exp.contact_must_include ?? []) {
    const k = normContact(want.value);
    fact(
      'contacts',
      contacts.some((c) => c.key === k),
      `missing contact: ${want.kind ?? ''} ${want.value}`,
    );
  }
  for (const bad of exp.contact_must_not_include ?? []) {
    const hit = contacts.find((c) => contactHits(normContact(bad), c.key));
    fact(
      'must-not',
      !hit,
      `unexpected contact: ${hit?.kind ?? ''} ${hit?.value ?? ''} (must not include ${bad})`,
    );
  }

  const entries = out?.experience ?? [];
  const blobs = entries.map((e) => JSON.stringify(e).normalize('NFC').replace(/\s+/g, ' ').toLowerCase());
  const wanted = exp.experience_must_include;
  if (wanted === null) {
    fact(
      'must-not',
      entries.length === 0,
      `unexpected experience: ${entries.length} entries (file states no job)`,
    );
  } else {
    for (const employer of wanted ?? []) {
      const k = employer.normalize('NFC').replace(/\s+/g, ' ').toLowerCase();
      fact(
        'experience',
        blobs.some((b) => b.includes(k)),
        `missing experience: ${employer}`,
      );
    }
  }
  return { tally, failures };
}

const base = (path: string | undefined) => (path ?? '').split(/[\\/]/).pop() ?? '';

/** Every annotated file scored; a file missing from the output fails all of its positive facts. */
export function scoreProfiles(
  expected: Expected,
  output: CheckOutput,
): { files: FileScore[]; totals: Tally } {
  const key = skillKeyer(expected.skill_aliases);
  const byFile = new Map<string, OutProfile>();
  for (const p of output.profiles ?? []) if (!byFile.has(base(p.file))) byFile.set(base(p.file), p);
  const rejected = new Map<string, string>();
  for (const r of output.rejected ?? []) {
    if (typeof r === 'string') rejected.set(base(r), r);
    else rejected.set(base(r.file), r.reason ?? 'rejected');
  }
  const totals = emptyTally();
  const files = Object.keys(expected.profiles)
    .sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()))
    .map((file): FileScore => {
      const out = byFile.get(file);
      const { tally, failures } = scoreFile(expected.profiles[file]!, out, key);
      for (const c of CATEGORIES) {
        totals[c][0] += tally[c][0];
        totals[c][1] += tally[c][1];
      }
      return { file, tally, failures, rejected: out ? null : (rejected.get(file) ?? 'not in output') };
    });
  return { files, totals };
}
