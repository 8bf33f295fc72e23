// resumeContacts: a JSON Resume's own ways of contact (basics email, phone, url, profiles), addresses
// without a scheme completed, sample hosts and employers' sites left out.
import { classifyContactText, classifyContactUrl, KIND_LABELS } from '../extract/classify-contact.js';
import { sampleAddress } from '../extract/reserved-host.js';
import type { Contact } from '../model/profile.js';
import type { JsonResume } from './json-resume-schema.js';
import { isEmployerUrl } from './json-resume-work.js';
import { profilePageUrl } from './profile-page-url.js';

const NETWORK_KINDS: Record<string, Contact['kind']> = { twitter: 'x', x: 'x' };

/** "www.linkedin.com/in/jane" written without a scheme is still an address (resume builders drop it). */
const SCHEMELESS = /^(?:www\.)?[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}(?:[/?#]\S*)?$/i;
const withScheme = (url: string): string => {
  const trimmed = url.trim();
  return SCHEMELESS.test(trimmed) && !trimmed.includes('@') ? `https://${trimmed}` : trimmed;
};

export function resumeContacts(resume: JsonResume): Contact[] {
  const basics = resume.basics;
  const out: Contact[] = [];
  // A set, not a scan of `out` per profile: thousands of `profiles` entries made that quadratic (7 s).
  const seen = new Set<string>();
  const push = (guess: ReturnType<typeof classifyContactUrl>, label?: string) => {
    if (guess && !seen.has(`${guess.kind}\n${guess.value}`) && !sampleAddress(guess.value, [basics.name])) {
      seen.add(`${guess.kind}\n${guess.value}`);
      out.push({ ...guess, label: label || guess.label, visibility: 'public', line: null });
    }
  };
  if (basics.email) push(classifyContactText('email', basics.email));
  if (basics.phone) push(classifyContactText('phone', basics.phone));
  // `website` is the older schema's `url`; either may be the employer's site, which is not a contact.
  for (const url of [basics.url, basics.website])
    if (url && !isEmployerUrl(url, resume)) push(classifyContactUrl(withScheme(url)));
  for (const p of basics.profiles ?? []) {
    if (p.url) push(classifyContactUrl(profilePageUrl(withScheme(p.url), p.username, p.network)), p.network);
    else if (p.network && p.username) {
      const kind = NETWORK_KINDS[p.network.toLowerCase()] ?? p.network.toLowerCase();
      if (kind in KIND_LABELS) push({ kind: kind as Contact['kind'], value: p.username, label: p.network });
    }
  }
  return out;
}
