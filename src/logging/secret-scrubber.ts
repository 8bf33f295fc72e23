// Replaces every occurrence of a known secret value in a string (raw or JSON-escaped).

/** Shorter values are not scrubbed: they would shred ordinary words and prove nothing. */
export const MIN_SECRET_LENGTH = 6;

export function createSecretScrubber(
  secrets: readonly string[],
  replacement: string,
): (line: string) => string {
  const needles = new Set<string>();
  for (const secret of secrets) {
    if (secret.length < MIN_SECRET_LENGTH) continue;
    needles.add(secret);
    needles.add(JSON.stringify(secret).slice(1, -1));
  }
  // Longest first, so a secret that contains another is replaced whole.
  const ordered = [...needles].sort((a, b) => b.length - a.length);
  if (ordered.length === 0) return (line) => line;
  return (line) => {
    let out = line;
    for (const needle of ordered) if (out.includes(needle)) out = out.split(needle).join(replacement);
    return out;
  };
}
