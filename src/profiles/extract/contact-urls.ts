// parsedUrl: one URL parse per address. The same link is read by several rules (its kind, the owner, walls
// of people, short links, badges) and hosts recur across profiles, so parses are remembered, boundedly.
// The URL objects are shared: callers only read them.

const parsed = new Map<string, URL | null>();
/** A README has at most a few hundred addresses; the next few profiles reuse the common ones. */
const MAX_REMEMBERED = 1024;

/** `new URL(raw)`, or null where that throws. */
export function parsedUrl(raw: string): URL | null {
  let url = parsed.get(raw);
  if (url === undefined) {
    try {
      url = new URL(raw);
    } catch {
      url = null;
    }
    if (parsed.size >= MAX_REMEMBERED) parsed.clear();
    parsed.set(raw, url);
  }
  return url;
}
