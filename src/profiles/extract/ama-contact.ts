// askMeAnything: the author's own GitHub "ask me anything" place — an `ama` repository, or the issues or
// discussions of their own repository linked as "Ask me anything" or after "contact me at" — is a contact.
import type { ContactGuess } from './classify-contact.js';
import { type Owner, ownsSegment } from './contact-owner.js';
import { CONTACT_CUE } from './lead-in.js';

const AMA_TEXT = /\bask me anything\b|\bama\b|\bpregúntame\b|\bme pergunte\b/i;
const REPO_TALK =
  /^\/([\w-]{1,39})\/([\w.-]{1,100})(\/(?:issues|discussions)(?:\/new|\/categories\/[\w-]+)?)?\/?$/;

export function askMeAnything(
  url: URL,
  href: string,
  label: string,
  tail: string,
  owner: Owner,
): ContactGuess | null {
  if (url.hostname.toLowerCase().replace(/^www\./, '') !== 'github.com') return null;
  const parts = REPO_TALK.exec(url.pathname);
  if (!parts || !ownsSegment(owner, parts[1]!)) return null;
  const ama = parts[2]!.toLowerCase() === 'ama' || AMA_TEXT.test(label);
  const talk = parts[3] !== undefined && CONTACT_CUE.test(tail);
  return (ama && (parts[3] !== undefined || parts[2]!.toLowerCase() === 'ama')) || talk
    ? { kind: 'other', value: href, label: 'Ask me anything' }
    : null;
}
