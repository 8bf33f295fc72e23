// contactKey: the form two written addresses share when they are the same contact — scheme, "www.",
// "mailto:", case, a trailing slash, a tracking query and a fragment don't make another address.
import { parsedUrl } from './contact-urls.js';

const NOISE_PARAM =
  /^(utm_\w+|hl|lang|locale|igshid|igsh|si|ref|sub_confirmation|originalSubdomain|view_as|feature)$/i;

/** A query that only tracks ("?sub_confirmation=1", "?utm_source=…"): it doesn't make another address. */
function trackingQuery(value: string): string {
  const url = parsedUrl(value);
  return url && [...url.searchParams.keys()].every((k) => NOISE_PARAM.test(k)) ? url.search : '';
}

/** The comparison key: scheme, "www.", "mailto:", case and a trailing slash don't make another address. */
export function contactKey(value: string): string {
  const bare = dropFragment(value.trim());
  const search = bare.includes('?') ? trackingQuery(bare) : '';
  return (search ? bare.replace(search, '') : bare)
    .toLowerCase()
    .replace(/^(mailto|tel):/, '')
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/^(www\.|mobile\.)/, '')
    .replace(/^x\.com\//, 'twitter.com/')
    .replace(/(?<!\/)\/+$/, '');
}

/** Everything from the first "#" that is not a "#/" route on: plain code, so a run of "#" stays linear. */
function dropFragment(value: string): string {
  for (let at = value.indexOf('#'); at >= 0; at = value.indexOf('#', at + 1)) {
    if (value[at + 1] !== '/' && value.indexOf('\n', at) < 0) return value.slice(0, at);
  }
  return value;
}
