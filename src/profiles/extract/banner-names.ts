// Names on a README's banner: the `text=` of a capsule-render header ("text=Lucas%20Ferreira") and the alt
// of the image that opens the page ("Anaïs Girard — software engineer") and what an alt says a banner reads,
// read as a title heading is.
import type { Image, Nodes } from 'mdast';
import { foldLetters } from '../../text/fold-text.js';
import type { SourceDocument } from '../markdown/source-document.js';
import { capsName } from './caps-name.js';
import { cleanNameText, nameInText } from './name-greetings.js';
import { bareHeadingName } from './name-places.js';
import { readPersonName } from './read-person-name.js';

/** The decoded `text=` of a capsule-render banner URL, or null. */
export function capsuleText(src: string): string | null {
  if (!/capsule-render/i.test(src)) return null;
  const query = src.replace(/&amp;/g, '&').slice(src.indexOf('?') + 1, 2000);
  const text = new URLSearchParams(query).get('text')?.trim();
  return text && text.length <= 200 ? text : null;
}

/** The person a banner text or alt names: a greeting in it, else the whole first part as a name of 2+ words. */
export function bannerName(said: string, handle: string | null): string | null {
  const text = capsName(said, handle) ?? said;
  const greeting = nameInText(text, { handle, weakIntros: true, lowercase: true });
  if (greeting) return greeting;
  const welcome = welcomePageOwner(text, handle);
  if (welcome) return welcome;
  const first = text.split(/\s[—–|:-]\s|[,:;]\s/)[0]!.trim();
  const name = bareHeadingName(first, handle);
  // Without a greeting only a person's name shape counts: "Anaïs Girard", never "Monash UAS" or "Dev Banner".
  // A word with a capital inside ("JeongUn") only when the handle spells it: else it is a product name.
  const own = handle ? foldLetters(handle) : '';
  const personWord = (w: string) =>
    PERSON_WORD.test(w) || (CAMEL_WORD.test(w) && own.includes(foldLetters(w)));
  if (!name || !/\s/.test(name) || IMAGE_KIND.test(name)) return null;
  return name.split(' ').every(personWord) ? name : null;
}

// Badge generators label each image by what it is ("Linkedin Badge", "Website Badge", "Gmail Logo"):
// an alt ending in the image's kind names the image, never its owner.
const IMAGE_KIND =
  /\s(?:badges?|icons?|logos?|banners?|shields?|buttons?|cards?|gif|images?|header|stats)$/iu;

/**
 * The owner of the page a title welcomes to: "Welcome JunngWoo's GitHub", "Welcome to Ana Ruiz's profile",
 * "Bienvenido al perfil de Ana Ruiz", "Welcome to the GitHub page of Ana".
 */
export function welcomePageOwner(text: string, handle: string | null): string | null {
  const clean = cleanNameText(text);
  const welcome = WELCOME_TO_PAGE.exec(clean) ?? WELCOME_TO_PAGE_OF.exec(clean);
  return welcome ? readPersonName(welcome[1]!, { handle }) : null;
}

/** The first typed line of a typing banner as a title: "Ana Ruiz — Full-Stack Engineer", "Ana Ruiz | Dev". */
export function typedTitleName(line: string, handle: string | null): string | null {
  return NAME_THEN_ROLE.test(line) ? bannerName(line, handle) : null;
}

/** What an image alt says its image reads: "banner that says Ana Ruiz - engineer" → "Ana Ruiz - engineer". */
export function saidInImage(alt: string): string | null {
  const said = SAYS_ALT.exec(alt.slice(0, 300));
  return said ? said[1]!.trim() : null;
}

const SAYS_ALT =
  /^(?:an?\s|the\s)?(?:(?:banner|header|image|picture|graphic|illustration|text|heading|title|logo)\s){1,2}(?:that\s|which\s)?(?:says|reads|saying|reading):?\s{1,3}(.{3,200})/iu;
const CAMEL_WORD = /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u;
const WELCOME_TO_PAGE =
  /^(?:welcome|bienvenid[oa]s?|bem-vind[oa]s?|bienvenue)\s{1,3}(?:to\s{1,3}|a\s{1,3}|al\s{1,3}|ao\s{1,3})?([^'’\s][^'’]{0,38}?)['’]s?\s{1,3}(?:github|git\s?hub|profile|page|readme|world|space|corner)\b/iu;
// A name, a dash or bar, then more: the shape of a title line, not of a sentence.
const NAME_THEN_ROLE = /^[^—–|-]{3,40}\s[—–|-]\s\S/u;
const WELCOME_TO_PAGE_OF =
  /^(?:welcome|bienvenid[oa]s?|bem-vind[oa]s?|bienvenue|willkommen)\s{1,3}(?:to|a|al|ao|à|sur|auf)\s{1,3}(?:(?:the|my|le|la|el|o|meine[mn]?)\s{1,3})?(?:github\s{1,3})?(?:page|profile|perfil|profil|readme|github|p[áa]gina|seite)\s{1,3}(?:of|de|do|da|du|von)\s{1,3}(\p{L}[^!.,;:]{0,40})/iu;
const PERSON_WORD =
  /^(?:\p{Lu}[\p{Ll}\p{M}'’-]+|\p{Lu}\.|de|da|do|dos|das|del|della|di|du|van|von|der|den|la|le|bin|al|el|[\p{Lo}\p{M}]+)$/u;

function firstImage(node: Nodes): Image | null {
  if (node.type === 'image') return node;
  if (node.type === 'text' && node.value.trim()) return null;
  if (!('children' in node)) return null;
  for (const child of node.children as Nodes[]) {
    const found = firstImage(child);
    if (found || (child.type === 'text' && child.value.trim())) return found;
  }
  return null;
}

/** The alt of an image that opens the document, before any heading or text. */
export function openingImageAlt(doc: SourceDocument): string | null {
  const block = doc.root.blocks[0];
  if (!block || block.type === 'heading') return null;
  const image = firstImage(block);
  return image?.alt?.trim() || null;
}
