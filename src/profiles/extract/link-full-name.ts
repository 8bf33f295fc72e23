// linkFullName: the full name a profile shows only in its own links ("linkedin.com/in/ana-lima-b63b54264",
// "ana.lima7@…") when its name is a first name or a handle, so people can ask for it by that name.
import type { Contact } from '../model/profile.js';

const LINKEDIN = /^https?:\/\/(?:[\w-]{2,3}\.)?linkedin\.com\/in\/([\w%-]{3,100})\/?$/i;
const EMAIL_USER = /^([a-z]{2,20}[._-][a-z]{2,20})\d{0,4}@/i;
// LinkedIn's suffix to a taken name: an id ("-b63b54264", "-1a2b3c") or a number.
const SLUG_ID = /-(?=[a-z\d]{0,11}\d)[a-z\d]{3,12}$|-\d{1,6}$/i;
const WORD = /^\p{L}{2,20}$/u;

const title = (word: string) => word[0]!.toUpperCase() + word.slice(1).toLowerCase();

/** The name's words a link spells: "ana-lima" → [ana, lima]; null when it is no two or three words. */
function linkWords(contact: Contact): string[] | null {
  const slug =
    contact.kind === 'linkedin'
      ? LINKEDIN.exec(contact.value)?.[1]?.replace(SLUG_ID, '')
      : contact.kind === 'email'
        ? EMAIL_USER.exec(contact.value)?.[1]
        : undefined;
  const words = slug?.split(/[._-]/) ?? [];
  return words.length >= 2 && words.length <= 3 && words.every((w) => WORD.test(w)) ? words : null;
}

/**
 * "Ana Lima" when a public LinkedIn or e-mail link spells a longer name that starts with the profile's
 * first name or its handle's word ("ana-dev", "ana7"); null when the name already holds those words.
 */
export function linkFullName(
  name: string,
  handle: string | null,
  contacts: readonly Contact[],
): string | null {
  const first = name.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  const handleWord = (handle ?? '').toLowerCase().split(/[\d_-]+/)[0] ?? '';
  const known = name.toLowerCase().replace(/[^\p{L}]+/gu, '');
  for (const contact of contacts) {
    if (contact.visibility !== 'public') continue;
    const words = linkWords(contact);
    const lead = words?.[0]?.toLowerCase();
    if (!words || !lead || (lead !== first && lead !== handleWord)) continue;
    if (words.every((w) => known.includes(w.toLowerCase()))) continue;
    return words.map(title).join(' ');
  }
  return null;
}
