// decodeOrKeep: a URL part percent-decoded, or kept as it is when an escape in it is malformed ("%E0%A4").

export function decodeOrKeep(text: string): string {
  if (!text.includes('%')) return text; // nothing escaped: decoding is a no-op
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
