// extractContacts: every way to reach the person, read from the whole profile — front matter, links and
// icon links anywhere (judged by judgeContactLink), "Label: value" lines, e-mail addresses written as text
// (plain or obfuscated), ids in icon titles and badges — deduplicated by normalised value, in file order.
// Text that is no address ("GitHub: You’re already here 🙂") stays text.

import { contentLines } from '../markdown/content-lines.js';
import type { DocSection, SourceDocument } from '../markdown/source-document.js';
import { walkSections } from '../markdown/walk-sections.js';
import type { Contact, ParseWarning } from '../model/profile.js';
import { type ContactGuess, classifyContactText, classifyContactUrl, EMAIL } from './classify-contact.js';
import { contactKey } from './contact-key.js';
import { noteOwnMail, type OwnerHints, ownerOf } from './contact-owner.js';
import { brandAccounts, contactRow } from './contact-row.js';
import { collectContactSpots, type ImageSpot, type LinkSpot } from './contact-spots.js';
import {
  contactsInCode,
  emailsInText,
  idInBadge,
  idInImageText,
  idsInText,
  mastodonHandlesInText,
  officialAccountInText,
} from './contact-text.js';
import { forgetParsedUrls, parsedUrl } from './contact-urls.js';
import { frontMatterContacts } from './front-matter-contacts.js';
import { judgeContactLink } from './judge-contact-link.js';
import { madeHosts } from './made-hosts.js';
import { messengerPhones } from './messenger-phone.js';
import { wallLinks } from './people-walls.js';
import { isPlaceholder } from './placeholder-contact.js';
import { mailtoInSource } from './raw-mailto.js';
import { repeatedSiteWords } from './repeated-site-words.js';
import { sampleAddress } from './reserved-host.js';
import { contactsInTextBlock } from './text-block-contacts.js';

const LABEL_LINE = /^([\p{L}][\p{L}\p{N} /&.+-]{0,29}?)\s*[:：]\s*(\S.*)$/u;
const LEADING_DECORATION = /^[^\p{L}\p{N}]{0,12}(?::[a-z_+-]{1,30}:\s?)?/u;
/** A key cell of a contact table: a word or two of letters (decoration around it is allowed). */
const ROW_LABEL = /^[^\p{L}\p{N}]{0,4}\p{L}{2,12}(?: \p{L}{2,12})?[^\p{L}\p{N}]{0,4}$/u;
interface Found {
  guess: ContactGuess;
  label: string | null;
  line: number | null;
}

/** "Label: value" lines and addresses written as text. Outside contact sections a labelled plain URL counts
 *  only when the label says it is a site (links are judged on their own). */
function textContacts(section: DocSection): Found[] {
  const out: Found[] = [];
  for (const line of contentLines(section.blocks)) {
    // A two-cell table row whose first cell is a plain label ("| WeChat | jane_wu88 |", never a repository
    // such as "telegram-sdk") is a "Label: value" line.
    const cells = line.cells?.length === 2 ? line.cells : null;
    const raw =
      cells?.[1] && ROW_LABEL.test(cells[0]!)
        ? `${cells[0]!.replace(/[:：]\s*$/, '')}: ${cells[1]}`
        : line.text;
    // A line starting with a letter or digit has no decoration to drop; a label needs a colon.
    const text = /^[A-Za-z0-9]/.test(raw) ? raw : raw.replace(LEADING_DECORATION, '');
    const labelled = text.includes(':') || text.includes('：') ? LABEL_LINE.exec(text) : null;
    if (labelled && !/^https?:\/\//i.test(labelled[2]!)) {
      const guess = classifyContactText(labelled[1]!, labelled[2]!);
      if (guess && guess.kind !== 'website' && guess.kind !== 'other')
        out.push({ guess, label: labelled[1]!, line: line.line });
    }
    if (!labelled) for (const guess of idsInText(text)) out.push({ guess, label: null, line: line.line });
    for (const guess of mastodonHandlesInText(line.text)) out.push({ guess, label: null, line: line.line });
    for (const guess of messengerPhones(line.text)) out.push({ guess, label: null, line: line.line });
    for (const guess of emailsInText(line.text, false)) out.push({ guess, label: null, line: line.line });
    const account = officialAccountInText(line.text);
    if (account) out.push({ guess: account, label: null, line: line.line });
  }
  for (const block of section.blocks) {
    if (block.type !== 'code') continue;
    const start = block.position?.start.line ?? null;
    for (const { guess, offset } of [...contactsInCode(block.value), ...contactsInTextBlock(block)])
      out.push({ guess, label: null, line: start === null ? null : start + 1 + offset });
  }
  return out;
}

export function extractContacts(
  doc: SourceDocument,
  hints: OwnerHints = {},
): { contacts: Contact[]; warnings: ParseWarning[] } {
  forgetParsedUrls();
  const { links, images } = collectContactSpots(doc);
  const owner = ownerOf(hints, images);
  const found: Found[] = [];
  let firstSection: DocSection | null = null;
  walkSections(doc, (section) => {
    if (!firstSection && section.heading) firstSection = section;
    for (const f of textContacts(section)) found.push(f);
  });
  for (const link of links) {
    const guess = /^mailto:/i.test(link.url) || EMAIL.test(link.url) ? classifyContactUrl(link.url) : null;
    if (guess) found.push({ guess, label: null, line: link.line });
  }
  // Addresses the HTML reader lost (a broken tag's stray "(mailto:…)", a badge's link= parameter).
  for (const { guess, line } of mailtoInSource(doc.text)) found.push({ guess, label: null, line });
  for (const f of found) if (f.guess.kind === 'email') noteOwnMail(owner, f.guess.value);

  const firstLine = doc.root.blocks[0]?.position?.start.line ?? null;
  const read = new Set<ImageSpot>();
  const walls = wallLinks(links, owner);
  const made = madeHosts(links, owner);
  const taken = new Map<LinkSpot, ContactGuess>();
  for (const link of links) {
    let guess = walls.has(link)
      ? null
      : judgeContactLink(link, { owner, firstSection, firstLine, firstLink: links[0] ?? null });
    // Once introduced as their company or project ("Founder [Acme](…)"), a site is that everywhere.
    if (guess?.kind === 'website' && made.has(parsedUrl(guess.value)?.hostname ?? '')) guess = null;
    if (guess) for (const image of link.images) read.add(image);
    if (guess) taken.set(link, guess);
  }
  for (const link of brandAccounts(links, taken, owner)) taken.delete(link);
  for (const link of repeatedSiteWords(taken)) taken.delete(link);
  for (const [link, guess] of contactRow(links, taken, owner))
    if (!walls.has(link) && !made.has(parsedUrl(guess.value)?.hostname ?? '')) taken.set(link, guess);
  for (const link of links) {
    const guess = taken.get(link);
    if (guess && guess.kind !== 'email') found.push({ guess, label: guess.label, line: link.line });
  }
  // Ids in icon titles and badges, unless the icon's link already said where it leads.
  for (const image of images) {
    const guess = read.has(image) ? null : (idInImageText(image) ?? idInBadge(image));
    if (guess) found.push({ guess, label: null, line: image.line });
  }

  // File order (the sort is stable: same line, order found); front matter (no line) first.
  const ordered = [
    ...frontMatterContacts(doc).map((guess) => ({ guess, label: null, line: null })),
    ...found.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
  ];
  const contacts: Contact[] = [];
  const seen = new Set<string>();
  for (const { guess, label, line } of ordered) {
    const key = contactKey(guess.value);
    // "@user@server" is a Mastodon handle; GFM also reads its tail as an e-mail address.
    if (seen.has(key) || (guess.kind === 'email' && seen.has(`@${key}`))) continue;
    if (
      isPlaceholder(guess.kind, guess.value) ||
      sampleAddress(guess.value, [hints.name, hints.handle, hints.id])
    )
      continue;
    seen.add(key);
    const shown =
      label?.trim() && label.length <= 40 && !/^(https?:|mailto:)/i.test(label) ? label.trim() : guess.label;
    contacts.push({ kind: guess.kind, value: guess.value, label: shown, visibility: 'public', line });
  }
  return { contacts, warnings: [] };
}
