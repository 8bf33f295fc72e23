// collectContactSpots: every link and image of a profile (headings, prose, lists, table cells) with the
// context a reader uses to tell a contact from any other link: the words before it on its line, whether
// it sits in a heading, and whether a "Find me at:" lead-in introduces its list.
import type { Image, Nodes, PhrasingContent, RootContent } from 'mdast';
import { appendAll } from '../../text/append-all.js';
import { plainText } from '../markdown/plain-text.js';
import type { SourceDocument } from '../markdown/source-document.js';
import { walkSections } from '../markdown/walk-sections.js';
import { creditsTitle, type LeadIn, leadIn } from './lead-in.js';
import type { ImageSpot, LinkSpot } from './link-spot.js';

export type { ImageSpot, LinkSpot } from './link-spot.js';

const lineOf = (node: Nodes): number | null => node.position?.start.line ?? null;

/** What a walk knows of where it is: the fields every link found there is given (link-spot.ts says each). */
type Context = Pick<LinkSpot, 'section' | 'inHeading' | 'contactList' | 'orgList' | 'thanksList' | 'group'>;

// Text that reads as prose between links: two words in a row, or a label before a colon ("Recent writing:");
// a lone word among the links ("learning . [me](…) . [blogs](…)") is one more item of the row.
const PROSE = /[\p{L}\p{N}][^\S\n]{1,3}[\p{L}\p{N}]|\p{L}[:：]/u;

interface Line {
  text: string;
  above: string;
  /** The last link of the line while text after it is still being read. */
  last: LinkSpot | null;
  /** Text with a letter or digit, outside links, was seen on the line. */
  prose: boolean;
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

  // One line of phrasing content; `buf` holds the text seen so far on the current line and the line above.
  const walkLine = (nodes: readonly PhrasingContent[], ctx: Context, buf: Line): void => {
    for (const node of nodes) {
      if (node.type === 'text' || node.type === 'inlineCode') {
        const value = node.value;
        const cut = value.lastIndexOf('\n');
        if (buf.last) {
          const stop = value.indexOf('\n');
          buf.last.after = `${buf.last.after}${stop >= 0 ? value.slice(0, stop) : value}`.slice(0, 80);
          if (stop >= 0) buf.last = null;
        }
        if (cut >= 0) buf.prose = false;
        if (!buf.prose && PROSE.test(cut >= 0 ? value.slice(cut + 1) : value)) buf.prose = true;
        if (cut >= 0) {
          const from = value.lastIndexOf('\n', cut - 1);
          buf.above = (from >= 0 ? value.slice(from + 1, cut) : buf.text + value.slice(0, cut)).slice(-80);
        }
        buf.text = (cut >= 0 ? value.slice(cut + 1) : buf.text + value).slice(-80);
      } else if (node.type === 'break') {
        buf.above = buf.text;
        buf.text = '';
        buf.last = null;
        buf.prose = false;
      } else if (node.type === 'link') {
        const inner: ImageSpot[] = [];
        imagesIn(node, inner);
        appendAll(images, inner);
        const words = plainText(node, { includeImageAlt: false }).trim();
        const spot: LinkSpot = {
          url: node.url,
          text: plainText(node, { includeImageAlt: true }).trim(),
          words,
          before: buf.text,
          above: /[\p{L}\p{N}]/u.test(buf.text) ? '' : buf.above,
          after: '',
          inProse: buf.prose,
          images: inner,
          line: lineOf(node),
          ...ctx,
        };
        links.push(spot);
        buf.last = spot;
        buf.text = `${buf.text}${words}`.slice(-80);
      } else if (node.type === 'image') {
        images.push(imageSpot(node, false));
      } else if (node.type === 'delete') {
        // Struck-through text is an old address, not a way to reach the person today.
      } else if ('children' in node) walkLine(node.children as PhrasingContent[], ctx, buf);
    }
  };

  let groups = 0;
  const walkFlow = (nodes: readonly RootContent[], ctx: Context): void => {
    let lead: LeadIn = null;
    // A thanks lead-in holds for the rest of its block (logos follow it across <br> and <p>), until a
    // lead-in to ways of reaching the person.
    let thanks = false;
    for (const node of nodes) {
      const led = {
        ...ctx,
        contactList: ctx.contactList || lead === 'contact',
        orgList: ctx.orgList || lead === 'orgs',
        thanksList: ctx.thanksList || thanks,
      };
      if (node.type === 'paragraph' || node.type === 'heading') {
        const inHeading = ctx.inHeading || node.type === 'heading';
        // A paragraph inside a list item stays in the list's row.
        const group = ctx.group >= 0 ? ctx.group : ++groups;
        walkLine(
          node.children,
          { ...led, inHeading, group },
          { text: '', above: '', last: null, prose: false },
        );
      } else if (node.type === 'list') {
        const group = ctx.group >= 0 ? ctx.group : ++groups;
        for (const item of node.children) walkFlow(item.children, { ...led, group });
      } else if (node.type === 'table') {
        for (const row of node.children) {
          const group = ++groups;
          // A cell's text goes on after the link of the cell before ("| [Site](…) | my blog |").
          let last: LinkSpot | null = null;
          for (const cell of row.children) {
            const line: Line = { text: '', above: '', last, prose: false };
            walkLine(cell.children, { ...ctx, group }, line);
            last = line.last;
            if (last) last.after = `${last.after} | `.slice(0, 80);
          }
        }
      } else if ('children' in node) walkFlow(node.children as RootContent[], ctx);
      lead = leadIn(node);
      if (lead === 'thanks') thanks = true;
      else if (lead === 'contact') thanks = false;
    }
  };

  walkSections(doc, (section) => {
    const ctx: Context = {
      section,
      inHeading: false,
      contactList: false,
      orgList: false,
      thanksList: creditsTitle(section.title),
      group: -1,
    };
    if (section.heading)
      walkLine(
        section.heading.children,
        { ...ctx, inHeading: true, group: ++groups },
        { text: '', above: '', last: null, prose: false },
      );
    walkFlow(section.blocks, ctx);
  });
  return { links, images };
}
