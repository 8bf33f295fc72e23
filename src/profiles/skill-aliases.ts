// Canonical skill names: one alias table so "js", "postgres", "k8s" and "golang" mean one skill each.
// (Starter table; the skills extractor extends it.)

const CANONICAL: Record<string, readonly string[]> = {
  JavaScript: ['js', 'javascript', 'ecmascript', 'es6'],
  TypeScript: ['ts', 'typescript'],
  PostgreSQL: ['postgres', 'postgresql', 'psql', 'pg'],
  Kubernetes: ['k8s', 'kubernetes', 'kube'],
  Go: ['go', 'golang'],
  Python: ['python', 'py', 'python3'],
  Rust: ['rust', 'rustlang'],
};

const lookup = new Map<string, string>();
for (const [name, aliases] of Object.entries(CANONICAL)) {
  lookup.set(foldSkillKey(name), name);
  for (const alias of aliases) lookup.set(foldSkillKey(alias), name);
}

/** Lowercase, diacritics removed, spaces/dots/dashes/underscores dropped ("Next.js" → "nextjs"). */
export function foldSkillKey(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\s._-]+/g, '');
}

/** The canonical name for a skill as written; unknown names come back trimmed, as written. */
export function canonicalSkillName(raw: string): string {
  const trimmed = raw.trim();
  return lookup.get(foldSkillKey(trimmed)) ?? trimmed;
}

/** True when the table knows this spelling. */
export function isKnownSkill(raw: string): boolean {
  return lookup.has(foldSkillKey(raw));
}
