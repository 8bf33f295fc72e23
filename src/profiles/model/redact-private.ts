// redactDocument / redactProfile: private contact details removed while the profile is built, so no
// section, search snippet, skill evidence, answer, JSON output or parse-cache entry can hold them.
// The document is redacted before sections and the other extractors read it (a link to a private
// address becomes "(private)", its text included); the finished profile gets one more pass over every
// string for what came from elsewhere (front matter headline, warnings), and private contacts keep only
// their kind, so answers can say how many are hidden.
import type { Nodes, RootContent } from 'mdast';
import { KIND_LABELS } from '../extract/classify-contact.js';
import { cleanHeading } from '../markdown/clean-heading.js';
import type { DocSection, SourceDocument } from '../markdown/source-document.js';
import { allSections } from '../markdown/walk-sections.js';
import { PRIVATE, type PrivateMatcher } from './private-matcher.js';
import type { Profile } from './profile.js';
import { slugify } from './slugify.js';

type AnyNode = Nodes & { value?: string; url?: string; alt?: string | null; title?: string | null };

function lineOf(node: Nodes): number | null {
  return node.position?.start.line ?? null;
}

/** A copy of `node` with private details gone; a link to one becomes the text "(private)". */
function redactNode(node: RootContent, matcher: PrivateMatcher): RootContent[] {
  const line = lineOf(node);
  if (node.type === 'link') {
    const verdict = matcher.link(node.url);
    if (verdict === 'private')
      return [{ type: 'text', value: PRIVATE, ...(node.position ? { position: node.position } : {}) }];
    const children = node.children.flatMap((c) => redactNode(c, matcher)) as typeof node.children;
    // A link into a private address (a repository of a private account) keeps its words, not its URL.
    if (verdict === 'inside') return children;
    return [{ ...node, title: node.title ? matcher.redact(node.title, line) : node.title, children }];
  }
  const copy = { ...node } as AnyNode;
  if (typeof copy.value === 'string') copy.value = matcher.redact(copy.value, line);
  if (typeof copy.url === 'string') copy.url = matcher.redact(copy.url, line);
  if (typeof copy.alt === 'string') copy.alt = matcher.redact(copy.alt, line);
  if (typeof copy.title === 'string') copy.title = matcher.redact(copy.title, line);
  if ('children' in node) {
    (copy as { children: RootContent[] }).children = (node.children as RootContent[]).flatMap((c) =>
      redactNode(c, matcher),
    );
  }
  return [copy as RootContent];
}

/**
 * A section's id is the slug path of its headings: rebuilt where a heading held a private detail.
 * `used` holds every id, old and new, so a rebuilt one never collides.
 */
function redactSection(
  section: DocSection,
  matcher: PrivateMatcher,
  used: Set<string>,
  parent: { from: string; to: string } | null,
): DocSection {
  const rawTitle = matcher.redact(section.rawTitle, section.line);
  let id = section.id;
  const under = parent && section.id.startsWith(`${parent.from}/`) ? parent : null;
  if (rawTitle !== section.rawTitle || (under && under.from !== under.to)) {
    const own = under ? section.id.slice(under.from.length + 1) : section.id;
    const base = rawTitle === section.rawTitle ? own : slugify(cleanHeading(rawTitle)) || 'section';
    const prefix = under ? `${under.to}/` : '';
    id = `${prefix}${base}`;
    for (let n = 2; used.has(id); n++) id = `${prefix}${base}-${n}`;
    used.add(id);
  }
  return {
    ...section,
    id,
    rawTitle,
    title: matcher.redact(section.title, section.line),
    blocks: section.blocks.flatMap((b) => redactNode(b, matcher)),
    children: section.children.map((c) => redactSection(c, matcher, used, { from: section.id, to: id })),
  };
}

/** Strings anywhere in plain data (front matter, a profile), redacted; keys listed in `keep` untouched. */
function redactData(value: unknown, matcher: PrivateMatcher, keep: ReadonlySet<string>, depth = 0): unknown {
  if (typeof value === 'string') return matcher.redact(value);
  if (depth > 32 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => redactData(v, matcher, keep, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, keep.has(k) ? v : redactData(v, matcher, keep, depth + 1)]),
  );
}

/** The document as the extractors and sections should see it: private details already gone. */
export function redactDocument(doc: SourceDocument, matcher: PrivateMatcher): SourceDocument {
  return {
    text: matcher.redact(doc.text, 1),
    frontMatter: redactData(doc.frontMatter, matcher, new Set()) as Record<string, unknown>,
    root: redactSection(doc.root, matcher, new Set(allSections(doc).map((s) => s.id)), null),
  };
}

/** Identity and structure: never contact details, and changing them would break look-ups and links. */
const STRUCTURAL = new Set([
  'id',
  'file',
  'format',
  'name',
  'handle',
  'kind',
  'visibility',
  'source',
  'parentId',
]);

/** The last pass over a built profile: every remaining string, and the private contacts themselves. */
export function redactProfile(profile: Profile, matcher: PrivateMatcher): Profile {
  const redacted = redactData(profile, matcher, STRUCTURAL) as Profile;
  return {
    ...redacted,
    aliases: redacted.aliases.filter((a, i) => a === profile.aliases[i]),
    contacts: redacted.contacts.map((c, i) => {
      const original = profile.contacts[i]!;
      // A public contact that contains a private one (a mailto with the private address) is private too.
      if (c.visibility === 'public' && c.value === original.value) return c;
      return { ...c, value: PRIVATE, label: KIND_LABELS[c.kind], visibility: 'private' as const };
    }),
    sections: redacted.sections.map((s) => ({
      ...s,
      links: s.links.filter((l) => !l.url.includes(PRIVATE)),
    })),
  };
}
