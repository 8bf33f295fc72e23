// sampleAddress: a link on a host reserved for examples (RFC 2606: example.com, example.org, example.net and
// their sub-domains, *.test, *.invalid) is a template's sample — the JSON Resume sample's
// "richardhendricks.example.com", "soundcloud.example.com/dandymusicnl" — never a way to reach the person.
// Made-up profiles put the person's own site there ("ana-ruiz.example.org"): a host that spells their name
// or handle is kept as that stand-in. E-mail addresses are not judged here.
import { foldText } from '../../text/fold-text.js';
import { parsedUrl } from './contact-urls.js';

const RESERVED = /(?:^|\.)(?:example\.(?:com|org|net)|[a-z0-9-]{1,63}\.(?:test|invalid))$/i;

/** True for a web address on a reserved host whose name is not the person's (`owner`: their name, handle, id). */
export function sampleAddress(value: string, owner: readonly (string | null | undefined)[]): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  const host = parsedUrl(value)?.hostname.toLowerCase() ?? '';
  if (!RESERVED.test(host)) return false;
  const name = host
    .replace(RESERVED, '')
    .replace(/^www\.?/, '')
    .replace(/[^a-z0-9]/g, '');
  if (name === '') return true;
  const words = owner.flatMap((o) => (o ? foldText(o).split(' ') : [])).filter((w) => w.length >= 3);
  const whole = owner.map((o) => (o ? foldText(o).replace(/ /g, '') : '')).filter((w) => w.length >= 3);
  return !words.some((w) => name.includes(w)) && !whole.some((w) => w.includes(name) && name.length >= 3);
}
