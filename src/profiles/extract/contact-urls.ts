// parsedUrl: one URL parse per address and document. The same link is read by several rules (its kind,
// the owner, walls of people, short links, badges, certification hosts), so its parse is remembered until
// the next document starts (`forgetParsedUrls`, called by extractContacts) or the bound is reached.
// The URL objects are shared: callers only read them.

const parsed = new Map<string, URL | null>();
/** A README has at most a few hundred addresses. */
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

/** A new document: the last one's addresses are not read again. */
export function forgetParsedUrls(): void {
  parsed.clear();
}
