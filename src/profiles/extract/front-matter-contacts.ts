// frontMatterContacts: the contacts a profile's front matter gives — a key per kind ("github: jdoe",
// "mail: …", "twitter: @jo") at the top or under `contacts:` — as full addresses, in key order.
import type { SourceDocument } from '../markdown/source-document.js';
import { CONTACT_KINDS, type ContactKind } from '../model/profile.js';
import {
  type ContactGuess,
  classifyContactText,
  classifyContactUrl,
  EMAIL,
  KIND_LABELS,
} from './classify-contact.js';

const FRONT_MATTER_KEYS: Record<string, ContactKind> = {
  mail: 'email',
  url: 'website',
  homepage: 'website',
  twitter: 'x',
};

function fromFrontMatterValue(kind: ContactKind, value: string): ContactGuess | null {
  if (/^(https?:|mailto:|tel:)/i.test(value)) return classifyContactUrl(value);
  if (kind === 'email') return EMAIL.test(value) ? { kind, value, label: KIND_LABELS.email } : null;
  const bare = value.replace(/^@/, '');
  const urls: Partial<Record<ContactKind, string>> = {
    github: `https://github.com/${bare}`,
    gitlab: `https://gitlab.com/${bare}`,
    linkedin: `https://www.linkedin.com/in/${bare}`,
    x: `https://x.com/${bare}`,
    bluesky: `https://bsky.app/profile/${bare}`,
    telegram: `https://t.me/${bare}`,
  };
  const url = urls[kind];
  if (url && /^[\w.-]+$/.test(bare)) return { kind, value: url, label: KIND_LABELS[kind] };
  // A Slack member id (U0123ABCD) or username: how a chat mention finds this profile.
  if (kind === 'slack' && /^[\w.-]{1,80}$/.test(bare)) return { kind, value: bare, label: KIND_LABELS.slack };
  return classifyContactText(kind, value);
}

/** Contacts from front matter keys, first the top level then a `contacts:` map. */
export function frontMatterContacts(doc: SourceDocument): ContactGuess[] {
  const contactMap = doc.frontMatter['contacts'];
  const entries = [
    ...Object.entries(doc.frontMatter),
    ...(contactMap && typeof contactMap === 'object' && !Array.isArray(contactMap)
      ? Object.entries(contactMap)
      : []),
  ];
  const out: ContactGuess[] = [];
  for (const [key, value] of entries) {
    const kind =
      FRONT_MATTER_KEYS[key.toLowerCase()] ??
      (CONTACT_KINDS as readonly string[]).find((k) => k === key.toLowerCase());
    if (!kind || kind === 'other' || typeof value !== 'string' || !value.trim()) continue;
    const guess = fromFrontMatterValue(kind as ContactKind, value.trim());
    if (guess) out.push(guess);
  }
  return out;
}
