// isPlaceholder: an address a README template left unfilled — "linkedin.com/in/your-profile",
// "leetcode.com/your-username", "mailto:your@email.com", "twitter.com/<username>" — no way to reach anyone.

/** A path segment or a mail's local part that only names the field to fill in ("mail@jane.dev" is real). */
const FIELD =
  /^(?:(?:your|my|ur)[-_.]?(?:user[-_.]?name|user|profile|name|handle|id|account|e?-?mail|channel|page|link|github|linkedin|twitter|site|domain)s?|your|user[-_.]?name|<[^<>]{1,30}>|\{[^{}]{1,30}\}|\[[^[\]]{1,30}\]|x{3,}|\.{3})$/i;
/** Domains of a template's sample address ("you@yourdomain.com", "name@domain.com"). */
const SAMPLE_DOMAIN =
  /^(?:your-?domain|domain|your-?site|website|your-?website|email|mail)\.(?:com|org|net|dev)$/i;

/** Words a template's field name is made of after "your": "YOUR_GMAIL", "your-instagram-username". */
const FIELD_WORDS = new Set(
  (
    'user username name full real first last profile handle id account email e mail gmail address channel ' +
    'page link url site domain website portfolio blog here github gitlab linkedin twitter x instagram insta ' +
    'ig facebook fb youtube discord telegram tg medium devto dev to leetcode kaggle hashnode tiktok'
  ).split(' '),
);

/** "YOUR_GMAIL", "your-linkedin-profile", "ur.insta.handle": "your" then only words naming the field. */
function namesField(segment: string): boolean {
  const words = segment.toLowerCase().split(/[-_.]+/);
  return (
    words.length >= 2 &&
    words.length <= 6 &&
    (words[0] === 'your' || words[0] === 'ur') &&
    words.slice(1).every((w) => FIELD_WORDS.has(w))
  );
}

const isField = (segment: string): boolean => FIELD.test(segment) || namesField(segment);

export function isPlaceholder(kind: string, value: string): boolean {
  if (kind === 'email') {
    const [local = '', domain = ''] = value.toLowerCase().split('@');
    return isField(local) || SAMPLE_DOMAIN.test(domain);
  }
  if (!/^https?:\/\//i.test(value)) return isField(value.replace(/^@/, ''));
  let path: string;
  try {
    path = decodeURIComponent(new URL(value).pathname);
  } catch {
    return false;
  }
  // The last segment names the person on every profile site ("/in/your-profile", "/users/<username>").
  const last = path.split('/').filter(Boolean).at(-1);
  return last !== undefined && isField(last);
}
