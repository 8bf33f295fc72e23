// extractIdentity: who the profile is about — id, name, handle, aliases, pronouns, headline, listed and
// contact visibility — from front matter, then the name heading ("Hi, I'm X", "# X"), then the file name.
import { basename, extname } from 'node:path';
import { cleanHeading } from './clean-heading.js';
import { type ContactVisibility, readFrontMatterIdentity } from './front-matter.js';
import { plainText } from './plain-text.js';
import type { ParseWarning } from './profile.js';
import { classifySection } from './section-kinds.js';
import { slugify } from './slugify.js';
import type { DocSection, SourceDocument } from './source-document.js';
import { allSections } from './walk-sections.js';

export interface Identity {
  id: string;
  name: string;
  handle: string | null;
  aliases: string[];
  pronouns: string | null;
  headline: string | null;
  listed: boolean;
  /** Front matter `visibility`, per contact kind; parse-profile applies it to the contacts. */
  visibility: ContactVisibility;
  /** The section whose heading names the person, if one does. */
  nameSectionId: string | null;
  warnings: ParseWarning[];
}

// "Hi, I'm X" / "Hey there, I am X" / "I'm X" / "My name is X" and the same in es/fr/de/pt.
const GREETING =
  /^(?:(?:hi|hey|hello|hiya|howdy|yo|hola|bonjour|salut|hallo|servus|ol[aá]|oi|namaste)(?!\p{L})[\s,!.]*(?:(?:there|all|everyone|world|folks)[\s,!.]*)?)?(?:i\s*(?:['’]\s*)?a?m|my\s+name\s+is|this\s+is|soy|me\s+llamo|je\s+suis|je\s+m['’]?\s*appelle|ich\s+bin|mein\s+name\s+ist|eu\s+sou|sou|meu\s+nome\s+[eé])\s+(\S.*)$/iu;
/** Where the name ends in "I'm X, a developer" / "I'm X - engineer" / "I'm X and I build…". */
const NAME_END = /(?<!\s)\s*(?:[,|;:(]|\s[-–—•·]\s|\s(?:and|y|et|und|e)\s|!|\.(?:\s|$))[\s\S]*/u;

function looksLikeName(text: string): boolean {
  const words = text.split(/\s+/);
  return (
    words.length >= 1 &&
    words.length <= 5 &&
    !/\d/.test(text) &&
    words.every(
      (w) => /^[\p{Lu}][\p{L}.'’-]*$/u.test(w) || /^(?:de|da|van|von|der|den|la|le|del|dos|du)$/.test(w),
    )
  );
}

/** The person's name if this heading names them, else null. */
/** Title-case headings that are roles or page names, not people ("Software Engineer", "Welcome"). */
const NOT_A_NAME =
  /\b(?:engineer|developer|designer|manager|architect|scientist|consultant|programmer|analyst|student|portfolio|welcome|readme|resume|cv|profile|github|page|home)s?\b/i;

/**
 * The person's name if this heading names them, else null. `greetingOnly` accepts only "Hi, I'm X" forms
 * (for headings further down, where a bare title-case heading is more likely a topic).
 */
export function nameFromHeading(title: string, greetingOnly = false): string | null {
  const clean = cleanHeading(title);
  const greeting = GREETING.exec(clean);
  if (greeting) {
    const name = cleanHeading(greeting[1]!.replace(NAME_END, ''));
    return name && !/^(?:a|an|the|un|une|ein|eine|um|uma)\s/i.test(name) && name.split(/\s+/).length <= 5
      ? name
      : null;
  }
  if (greetingOnly || NOT_A_NAME.test(clean)) return null;
  return looksLikeName(clean) && classifySection(clean) === 'other' ? clean : null;
}

function titleCase(slug: string): string {
  return slug
    .split(/[-_\s.]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(' ');
}

/** First line of the first paragraph with words in it (badge-only paragraphs skipped). */
function firstLine(section: DocSection): string | null {
  for (const block of section.blocks) {
    if (block.type !== 'paragraph') continue;
    const line = plainText(block, { includeImageAlt: false }).split('\n')[0]?.trim();
    if (line) return line.length > 200 ? `${line.slice(0, 199).replace(/(?<!\s)\s+\S*$/, '')}…` : line;
  }
  return null;
}

function headlineOf(section: DocSection): string | null {
  const own = firstLine(section);
  if (own) return own;
  // README templates put the tagline in a sub-heading right under the name (<h3>A developer from …</h3>).
  const sub = section.children[0];
  return sub && (sub.kind === 'other' || sub.kind === 'about') && !nameFromHeading(sub.rawTitle)
    ? sub.title || null
    : null;
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
  const headings = allSections(doc).filter((s) => s.level > 0);
  const top = headings.reduce((min, s) => Math.min(min, s.level), 7);
  // The name heading: the first heading or the first top-level one, or a greeting among the first three.
  const candidates: [DocSection | undefined, boolean][] = [
    [headings[0], false],
    [headings.find((s) => s.level === top), false],
    ...headings.slice(0, 3).map((s): [DocSection, boolean] => [s, true]),
  ];
  let nameSection: DocSection | null = null;
  let headingName: string | null = null;
  for (const [section, greetingOnly] of candidates) {
    headingName = section ? nameFromHeading(section.rawTitle, greetingOnly) : null;
    if (headingName) {
      nameSection = section ?? null;
      break;
    }
  }
  const stem = basename(file, extname(file));
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
    name: fm.name ?? headingName ?? (titleCase(stem) || 'Unnamed'),
    handle: fm.handle,
    aliases: fm.aliases,
    pronouns: fm.pronouns,
    headline: fm.headline ?? (nameSection ? headlineOf(nameSection) : fallbackHeadline(doc, headings[0])),
    listed: fm.listed,
    visibility: fm.visibility,
    nameSectionId: nameSection?.id ?? null,
    warnings,
  };
}
