// extractIdentity: who the profile is about — id, name, handle, aliases, pronouns, headline, listed and
// contact visibility — from front matter, then the name the text states (stated-name.ts), then the handle.
import { basename, extname } from 'node:path';
import { type FrontMatterIdentity, readFrontMatterIdentity } from '../markdown/front-matter.js';
import { plainText } from '../markdown/plain-text.js';
import type { DocSection, SourceDocument } from '../markdown/source-document.js';
import { allSections } from '../markdown/walk-sections.js';
import type { NameSource, ParseWarning } from '../model/profile.js';
import { slugify } from '../model/slugify.js';
import { codeBioField } from './code-bio-field.js';
import { headingRole } from './heading-role.js';
import { nameInText } from './name-greetings.js';
import { bareHeadingName } from './name-places.js';
import { openingHeadline, saysRoleAlone } from './opening-headline.js';
import { scriptTwinName } from './script-twin-name.js';
import { findStatedName } from './stated-name.js';

/** The front matter's fields, with an id and a name always found; `visibility` is applied to the contacts
 *  by parse-profile. */
export interface Identity extends Omit<FrontMatterIdentity, 'id' | 'name'> {
  id: string;
  name: string;
  nameSource: NameSource;
  /** The section whose heading names the person, if one does. */
  nameSectionId: string | null;
  warnings: ParseWarning[];
}

/**
 * The person's name if this heading names them, else null. `greetingOnly` accepts only "Hi, I'm X" forms
 * (for headings further down, where a bare title-case heading is more likely a topic).
 */
export function nameFromHeading(
  title: string,
  greetingOnly = false,
  handle: string | null = null,
): string | null {
  const greeting = nameInText(title, { handle, weakIntros: true, lowercase: true });
  if (greeting || greetingOnly) return greeting;
  return bareHeadingName(title, handle);
}

/** A line that only greets ("안녕하세요.", "Hello!", "こんにちは！"): it says nothing about the person. */
const GREETING_ONLY =
  /^(?:hi|hello|hey|hola|ol[aá]|bonjour|salut|hallo|ciao|привет|안녕하세요|안녕|こんにちは|はじめまして|你好|大家好)(?: there| everyone| all| world| a todos| tout le monde)?[\s!.,~。！👋]*$/iu;

/** First line of the first paragraph with words in it (badge-only paragraphs and greetings skipped). */
function firstLine(section: DocSection): string | null {
  for (const block of section.blocks) {
    if (block.type !== 'paragraph') continue;
    const lines = plainText(block, { includeImageAlt: false }).split('\n');
    const line = lines.map((l) => l.trim()).find((l) => l && !GREETING_ONLY.test(l));
    if (line) return line.length > 200 ? `${line.slice(0, 199).replace(/(?<!\s)\s+\S*$/, '')}…` : line;
  }
  return null;
}

function headlineOf(section: DocSection): string | null {
  const own = firstLine(section);
  if (own) return own;
  // README templates put the tagline in a sub-heading right under the name (<h3>A developer from …</h3>).
  const sub = section.children[0];
  return sub && isTagline(sub) && !nameFromHeading(sub.rawTitle) ? sub.title || null : null;
}

/** A sub-heading that is a tagline: a role ("Aspiring ML Engineer"), or a sentence, never "About Me". */
function isTagline(sub: DocSection): boolean {
  if (saysRoleAlone(sub.title)) return true;
  return sub.kind === 'other' || (sub.kind === 'about' && sub.title.split(/\s+/).length > 4);
}

/** Without a name heading: the preamble's first line, else the first line under an opening title heading. */
function fallbackHeadline(doc: SourceDocument, first: DocSection | undefined): string | null {
  const preamble = firstLine(doc.root);
  if (preamble) return preamble;
  return first && first.level === 1 && (first.kind === 'other' || first.kind === 'about')
    ? firstLine(first)
    : null;
}

export function extractIdentity(doc: SourceDocument, file: string): Identity {
  const warnings: ParseWarning[] = [];
  const fm = readFrontMatterIdentity(doc.frontMatter, warnings);
  const sections = allSections(doc);
  const headings = sections.filter((s) => s.level > 0);
  const stem = basename(file, extname(file));
  // The handle: front matter, else the file name (GitHub profile READMEs are saved as <user>.md).
  const handle = fm.handle ?? (stem || null);
  const stated = fm.name ? null : findStatedName(doc, handle, sections);
  const nameSection = stated?.section ?? null;
  const twin = nameSection && stated ? scriptTwinName(nameSection.rawTitle, stated.name) : null;
  const fmId = fm.id ? slugify(fm.id) : '';
  if (fm.id && !fmId) {
    warnings.push({
      code: 'front-matter-key-invalid',
      message: `front matter "id" has no usable characters`,
      line: null,
    });
  }
  return {
    id: fmId || slugify(stem) || 'profile',
    name: fm.name ?? stated?.name ?? (handle || 'Unnamed'),
    nameSource: fm.name ? 'front-matter' : (stated?.source ?? 'handle'),
    handle: fm.handle,
    aliases: twin && !fm.aliases.includes(twin) ? [...fm.aliases, twin] : fm.aliases,
    pronouns: fm.pronouns,
    headline:
      fm.headline ??
      (nameSection
        ? (headingRole(nameSection.rawTitle, stated?.name ?? '') ?? headlineOf(nameSection))
        : fallbackHeadline(doc, headings[0])) ??
      (stated?.source === 'code'
        ? codeBioField(doc.text, 'role')
        : openingHeadline(doc, headings, {
            firstLine,
            namesPerson: (title) => nameFromHeading(title, false, handle) !== null,
            codeRole: () => codeBioField(doc.text, 'role'),
          })),
    listed: fm.listed,
    visibility: fm.visibility,
    nameSectionId: nameSection?.id ?? null,
    warnings,
  };
}
