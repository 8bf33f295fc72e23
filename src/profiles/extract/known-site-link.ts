// knownSiteLink: whether a link to a known site (LinkedIn, X, GitHub, …) is a way to reach the
// person, where a reader sees a contact (judge-contact-link.ts).
import type { ContactGuess } from './classify-contact.js';
import { ownsUrl } from './contact-owner.js';
import { siteNamed } from './contact-sites.js';
import { CONTACT_CUE } from './lead-in.js';
import { greetingLink, type LinkReading, labelBefore, showsAddress, someoneElse } from './link-reading.js';
import { madeOrWorkedAt } from './listed-after-cue.js';
import { labelsNameSite } from './messenger-phone.js';
import { myChannelLink } from './my-channel-link.js';
import { namesOtherAccount } from './other-account-text.js';
import { selfRoleLink } from './self-role-link.js';
import { badgeTexts } from './service-page.js';

const JOIN_TAIL = /\bjoin\s{1,2}(?:the\s{1,2}|us\s{1,2}(?:on|at)\s{1,2})?$/i;
const JOIN_BADGE =
  /^\s?(?:join(?!\p{L})|加入)[\s-]?(?!(?:me|my|us|discord|server|chat)\b)[「『"“]?[\p{L}\p{N}]/iu;
const FIRST_PERSON_TAIL = /\b(me|my|i|i'm|i am|mine)\b/i;
// "I lead [Acme](github.com/acme)", "member of the [X] team", "maintainer of [Y]": a group they are in.
const GROUP_TAIL =
  /\b(?:i\s(?:lead|co-?lead|run|maintain|organi[sz]e)|(?:member|maintainers?|part|core team|lead)\sof|contribut(?:e|ing|or)\sto)\s(?:the\s)?$/i;

const names = (text: string, guess: ContactGuess): boolean => siteNamed(text)?.label === guess.label;

/** A link to a known site (LinkedIn, X, GitHub, …): a contact where a reader sees one. */
export function knownSiteLink(r: LinkReading): ContactGuess | null {
  const { spot, guess, words, tail, iconic, inContactPlace } = r;
  if (someoneElse(r)) return null;
  // "Also join [IEEE at UCLA](https://discord.gg/…)": an invitation to a community's server, not to them.
  if (
    guess.kind === 'discord' &&
    JOIN_TAIL.test(tail) &&
    words !== '' &&
    !/\b(?:my|me)\b|discord/i.test(words)
  )
    return null;
  // A badge saying so ("Join「浮之静」", "join-Rustaceans CN") invites to a named community's server too.
  if (
    guess.kind === 'discord' &&
    spot.images.some((image) => badgeTexts(image).some((t) => JOIN_BADGE.test(t)))
  )
    return null;
  if (!ownsUrl(r.ctx.owner, r.url) && namesOtherAccount(spot.words)) return null;
  // A code host's page listed under "Organizations I contribute to:" or after "I lead": a group, not them.
  const codeHost = guess.kind === 'github' || guess.kind === 'gitlab';
  if (
    codeHost &&
    (spot.orgList || GROUP_TAIL.test(tail) || madeOrWorkedAt(spot.before)) &&
    !ownsUrl(r.ctx.owner, r.url)
  )
    return null;
  // Only visible words become the label: alt text is often copied from another badge ("Medium" on LinkedIn).
  const mentioned = words !== '' && names(words, guess);
  const namedLabel = mentioned && words.split(' ').length <= 3 ? words : null;
  const beforeLabel = labelBefore(tail);
  const namedBefore = beforeLabel && names(beforeLabel, guess) ? beforeLabel : null;
  const seen =
    iconic ||
    mentioned ||
    namedBefore !== null ||
    ownsUrl(r.ctx.owner, r.url) ||
    labelsNameSite(spot.words, guess.kind);
  const ok =
    guess.kind === 'github'
      ? seen || inContactPlace || greetingLink(r)
      : seen ||
        showsAddress(spot.words, r.url) ||
        inContactPlace ||
        spot.inHeading ||
        CONTACT_CUE.test(tail) ||
        // "I'm [@jane](…)", "ping me [@jane](…)": their handle, shown as one, after words about themselves.
        (/^@[\w.-]+$/.test(words) && FIRST_PERSON_TAIL.test(tail)) ||
        names(tail, guess) ||
        myChannelLink(tail, spot.words, guess.label) ||
        selfRoleLink(r.spot.before, words);
  return ok ? { ...guess, label: namedBefore ?? namedLabel ?? guess.label } : null;
}
