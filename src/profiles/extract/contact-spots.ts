// collectContactSpots: every link and image of a profile (headings, prose, lists, table cells) with the
// context a reader uses to tell a contact from any other link: the words before it on its line, whether
// it sits in a heading, and whether a "Find me at:" lead-in introduces its list.
import type { Image, Nodes, PhrasingContent, RootContent } from 'mdast';
import { appendAll } from '../../text/append-all.js';
import { plainText } from '../markdown/plain-text.js';
import type { DocSection, SourceDocument } from '../markdown/source-document.js';
import { walkSections } from '../markdown/walk-sections.js';

export interface ImageSpot {
  src: string;
  alt: string;
  title: string;
  /** True when the image is wrapped in a link (icon links, badges, linked avatars). */
  linked: boolean;
  line: number | null;
}

export interface LinkSpot {
  url: string;
  /** Visible text, image alt text included ("LinkedIn Badge"). */
  text: string;
  /** Visible text without image alt text. */
  words: string;
  /** The text before the link on its line (at most 80 characters). */
  before: string;
  images: ImageSpot[];
  line: number | null;
  section: DocSection;
  /** The link is written inside a heading. */
  inHeading: boolean;
  /** The link's list or paragraph follows a lead-in such as "Find me at:" / "Reach me:". */
  contactList: boolean;
}

/** Words that introduce ways to reach someone, in the languages profiles are written in. */
export const CONTACT_CUE =
  /\b(contact|reach|find|connect|follow|social|get in touch|ping|hit me up|say hi|talk|where to|elsewhere|links?)\b|联系|社交|連絡|お問い合わせ|contacto|contato|kontakt|contacter|retrouve|encuentra|encontre|связ|найти/i;

const lineOf = (node: Nodes): number | null => node.position?.start.line ?? null;

interface Context {
  section: DocSection;
  inHeading: boolean;
  contactList: boolean;
}

function isLeadIn(node: RootContent): boolean {
  if (node.type !== 'paragraph') return false;
  const { start, end } = node.position ?? {};
  // A lead-in is one short line; skip reading long paragraphs, and those not ending in a colon.
  if (start?.offset !== undefined && end?.offset !== undefined && end.offset - start.offset > 160)
    return false;
  const last = lastVisibleChar(node.children);
  if (last !== null && last !== ':' && last !== '：') return false;
  const text = plainText(node, { includeImageAlt: false }).trim();
  return text.length <= 80 && /[:：]$/.test(text) && CONTACT_CUE.test(text);
}

/**
 * The last character plainText (without image alt) keeps of phrasing content, without building the text:
 * '' when nothing shows, null for a node this does not know (the caller then reads the whole text).
 */
function lastVisibleChar(nodes: readonly Nodes[]): string | null {
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i]!;
    switch (node.type) {
      case 'text':
      case 'inlineCode': {
        const value = node.value.trimEnd();
        if (value) return value.at(-1)!;
        break;
      }
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'link':
      case 'linkReference': {
        const last = lastVisibleChar(node.children);
        if (last !== '') return last;
        break;
      }
      case 'break':
      case 'image':
      case 'imageReference':
      case 'html':
      case 'footnoteReference':
        break;
      default:
        return null;
    }
  }
  return '';
}

/** An image as a contact spot; `linked` when it sits inside a link (an icon row). */
const imageSpot = (node: Image, linked: boolean): ImageSpot => ({
  src: node.url,
  alt: node.alt ?? '',
  title: node.title ?? '',
  linked,
  line: lineOf(node),
});

export function collectContactSpots(doc: SourceDocument): { links: LinkSpot[]; images: ImageSpot[] } {
  const links: LinkSpot[] = [];
  const images: ImageSpot[] = [];

  const imagesIn = (node: Nodes, out: ImageSpot[]): void => {
    if (node.type === 'image') out.push(imageSpot(node, true));
    else if ('children' in node) for (const child of node.children as Nodes[]) imagesIn(child, out);
  };

  // One line of phrasing content; `buf` holds the text seen so far on the current line.
  const walkLine = (nodes: readonly PhrasingContent[], ctx: Context, buf: { text: string }): void => {
    for (const node of nodes) {
      if (node.type === 'text' || node.type === 'inlineCode') {
        const value = node.value;
        const cut = value.lastIndexOf('\n');
        buf.text = (cut >= 0 ? value.slice(cut + 1) : buf.text + value).slice(-80);
      } else if (node.type === 'break') buf.text = '';
      else if (node.type === 'link') {
        const inner: ImageSpot[] = [];
        imagesIn(node, inner);
        appendAll(images, inner);
        const words = plainText(node, { includeImageAlt: false }).trim();
        links.push({
          url: node.url,
          text: plainText(node, { includeImageAlt: true }).trim(),
          words,
          before: buf.text,
          images: inner,
          line: lineOf(node),
          ...ctx,
        });
        buf.text = `${buf.text}${words}`.slice(-80);
      } else if (node.type === 'image') {
        images.push(imageSpot(node, false));
      } else if (node.type === 'delete') {
        // Struck-through text is an old address, not a way to reach the person today.
      } else if ('children' in node) walkLine(node.children as PhrasingContent[], ctx, buf);
    }
  };

  const walkFlow = (nodes: readonly RootContent[], ctx: Context): void => {
    let lead = false;
    for (const node of nodes) {
      if (node.type === 'paragraph' || node.type === 'heading') {
        const inHeading = ctx.inHeading || node.type === 'heading';
        walkLine(node.children, { ...ctx, inHeading, contactList: ctx.contactList || lead }, { text: '' });
      } else if (node.type === 'list') {
        for (const item of node.children)
          walkFlow(item.children, { ...ctx, contactList: ctx.contactList || lead });
      } else if (node.type === 'table') {
        for (const row of node.children)
          for (const cell of row.children) walkLine(cell.children, ctx, { text: '' });
      } else if ('children' in node) walkFlow(node.children as RootContent[], ctx);
      lead = isLeadIn(node);
    }
  };

  walkSections(doc, (section) => {
    const ctx: Context = { section, inHeading: false, contactList: false };
    if (section.heading) walkLine(section.heading.children, { ...ctx, inHeading: true }, { text: '' });
    walkFlow(section.blocks, ctx);
  });
  return { links, images };
}
