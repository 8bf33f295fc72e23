// contactMeLink: a link whose words ask to be contacted ("[contact me](…)", "[reach me here](…)", "[write
// to me](…)", "[fale comigo](…)") opens the channel the person chose, whatever it is: a form on their site, a
// discussion thread in their own repository. On a code host only a page under their own account counts.
import { type ContactGuess, KIND_LABELS } from './classify-contact.js';
import { type Owner, ownsSegment } from './contact-owner.js';
import { siteOf } from './contact-sites.js';

const CONTACT_ME =
  /^(?:(?:feel free to|please|you can)\s)?(?:contact|reach|message|email|e-mail|write to|talk to|ping|ask)\s(?:me|us)(?:\s(?:here|directly|anytime|any time))?$|^get in touch(?:\swith me)?$|^(?:contáctame|contactame|escríbeme|fale comigo|entre em contato|contacte-moi|écrivez-moi|kontaktiere mich|свяжитесь со мной|напишите мне|написать мне)$/iu;

export function contactMeLink(words: string, url: URL, href: string, owner: Owner): ContactGuess | null {
  if (words.length > 40 || !CONTACT_ME.test(words.trim())) return null;
  const site = siteOf(url.hostname);
  if (site && (site.kind === 'github' || site.kind === 'gitlab')) {
    const account = url.pathname.split('/').filter(Boolean)[0];
    return account && ownsSegment(owner, account)
      ? { kind: site.kind, value: href, label: site.label }
      : null;
  }
  return { kind: site?.kind ?? 'website', value: href, label: site?.label ?? KIND_LABELS.website };
}
