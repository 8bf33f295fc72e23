// isPlaceholder: an address a README template left unfilled — "linkedin.com/in/your-profile",
// "leetcode.com/your-username", "mailto:your@email.com", "twitter.com/<username>" — no way to reach anyone.

/** A path segment or a mail's local part that only names the field to fill in ("mail@jane.dev" is real). */
const FIELD =
  /^(?:(?:your|my|ur)[-_.]?(?:user[-_.]?name|user|profile|name|handle|id|account|e?-?mail|channel|page|link|github|linkedin|twitter|site|domain)s?|your|user[-_.]?name|<[^<>]{1,30}>|\{[^{}]{1,30}\}|\[[^[\]]{1,30}\]|x{3,}|\.{3})$/i;
/** Domains of a template's sample address ("you@yourdomain.com", "name@domain.com"). */
const SAMPLE_DOMAIN =
  /^(?:your-?domain|domain|your-?site|website|your-?website|email|mail)\.(?:com|org|net|dev)$/i;

export function isPlaceholder(kind: string, value: string): boolean {
  if (kind === 'email') {
    const [local = '', domain = ''] = value.toLowerCase().split('@');
    return FIELD.test(local) || SAMPLE_DOMAIN.test(domain);
  }
  if (!/^https?:\/\//i.test(value)) return FIELD.test(value.replace(/^@/, ''));
  let path: string;
  try {
    path = decodeURIComponent(new URL(value).pathname);
  } catch {
    return false;
  }
  // The last segment names the person on every profile site ("/in/your-profile", "/users/<username>").
  const last = path.split('/').filter(Boolean).at(-1);
  return last !== undefined && FIELD.test(last);
}
