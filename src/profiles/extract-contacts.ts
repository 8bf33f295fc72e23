// extractContacts: email, social and chat addresses from links, icon links, badges, "Label: value" lines
// and front matter. Text that is no address ("GitHub: You’re already here 🙂") stays text.
import {
  type ContactGuess,
  classifyContactText,
  classifyContactUrl,
  EMAIL,
  KIND_LABELS,
} from './classify-contact.js';
import { collectLinks, contentLines } from './content-lines.js';
import { CONTACT_KINDS, type Contact, type ContactKind, type ParseWarning } from './profile.js';
import type { SourceDocument } from './source-document.js';
import { walkSections } from './walk-sections.js';

const LABEL_LINE = /^([\p{L}](?:[\p{L}\p{N} /&.+-]{0,28}[\p{L}\p{N}/&.+-])?)\s*[:：]\s*(\S.*)$/u;
const WEBSITE_LABEL = /web ?site|site|blog|portfolio|home ?page|web/i;
const FRONT_MATTER_KEYS: Record<string, ContactKind> = {
  email: 'email',
  mail: 'email',
  website: 'website',
  url: 'website',
  homepage: 'website',
  github: 'github',
  gitlab: 'gitlab',
  linkedin: 'linkedin',
  twitter: 'x',
  x: 'x',
  mastodon: 'mastodon',
  bluesky: 'bluesky',
  discord: 'discord',
  slack: 'slack',
  telegram: 'telegram',
  phone: 'phone',
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
  return classifyContactText(kind, value);
}

export function extractContacts(doc: SourceDocument): { contacts: Contact[]; warnings: ParseWarning[] } {
  const contacts: Contact[] = [];
  const seen = new Set<string>();
  const add = (guess: ContactGuess | null, label: string | null, line: number | null) => {
    if (!guess) return;
    // "@user@server" is a Mastodon handle; GFM also autolinks its tail as an email address.
    if (guess.kind === 'email' && seen.has(`mastodon|@${guess.value.toLowerCase()}`)) return;
    const key = `${guess.kind}|${guess.value.toLowerCase().replace(/(?<!\/)\/+$/, '')}`;
    if (seen.has(key)) return;
    seen.add(key);
    const shown =
      label?.trim() && label.length <= 40 && !/^(https?:|mailto:)/i.test(label) ? label.trim() : guess.label;
    contacts.push({ kind: guess.kind, value: guess.value, label: shown, visibility: 'public', line });
  };

  const contactMap = doc.frontMatter['contacts'];
  const entries = [
    ...Object.entries(doc.frontMatter),
    ...(contactMap && typeof contactMap === 'object' && !Array.isArray(contactMap)
      ? Object.entries(contactMap)
      : []),
  ];
  for (const [key, value] of entries) {
    const kind =
      FRONT_MATTER_KEYS[key.toLowerCase()] ?? (CONTACT_KINDS as readonly string[]).find((k) => k === key);
    if (kind && typeof value === 'string' && value.trim())
      add(fromFrontMatterValue(kind as ContactKind, value.trim()), null, null);
  }

  walkSections(doc, (section) => {
    const inContactSection = section.kind === 'contact';
    for (const line of contentLines(section.blocks)) {
      const labelled = LABEL_LINE.exec(line.text);
      if (labelled) {
        const guess = classifyContactText(labelled[1]!, labelled[2]!);
        // Outside contact sections a labelled plain URL counts only when the label says it is a site.
        const generic = guess?.kind === 'website' || guess?.kind === 'other';
        if (inContactSection || !generic || WEBSITE_LABEL.test(labelled[1]!))
          add(guess, labelled[1]!, line.line);
      } else if (inContactSection && EMAIL.test(line.text.trim()))
        add(classifyContactText('email', line.text), null, line.line);
    }
    for (const link of collectLinks(section.blocks)) {
      const guess = classifyContactUrl(link.url);
      if (!guess) continue;
      // Outside contact sections only icon links and badges to known services, and mailto links, count:
      // a link in prose ("I built https://foo.dev") is not a way to reach the person.
      const known = guess.kind !== 'website' && guess.kind !== 'other';
      if (!inContactSection && !(known && link.hasImage) && guess.kind !== 'email') continue;
      const label = link.text && link.text !== link.url && !link.text.includes('@') ? link.text : null;
      add(guess, label, link.line);
    }
  });
  return { contacts, warnings: [] };
}
