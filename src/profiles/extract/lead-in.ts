// leadIn: what a short line ending in a colon introduces — ways to reach the person ("Find me at:") or
// groups they belong to ("Organizations I contribute to:") — read without building most paragraphs' text.
import type { Nodes, RootContent } from 'mdast';
import { plainText } from '../markdown/plain-text.js';

/** Words that introduce ways to reach someone, in the languages profiles are written in. */
export const CONTACT_CUE =
  /\b(contact|reach|find|connect|follow|social|get in touch|ping|hit me up|say hi|talk|where to|elsewhere|links?)\b|联系|社交|連絡|お問い合わせ|contacto|contato|kontakt|contacter|retrouve|encuentra|encontre|связ|найти/i;

/** Words of a lead-in to a list of groups the person belongs to or works on, not ways to reach them. */
const ORG_CUE =
  /\b(?:organi[sz]ations?|orgs|communit(?:y|ies)|teams|groups|contribut(?:e|ing)|member(?:s|ship)?|maintain(?:ing)?|lead|leading)\b/i;

/** Words of a lead-in to the people and companies the author thanks or is sponsored by: third parties. */
const THANKS_CUE =
  /\b(?:thanks?|thank you|sponsors?|sponsored by|supported by|powered by|backers|patrons|partners)\b|感谢|鸣谢|赞助|スポンサー|patrocinadores|agradecimientos|agradecimentos|remerciements/i;

export type LeadIn = 'contact' | 'orgs' | 'thanks' | null;

// A section given to crediting others ("🌟 Credit & Thank You!", "Acknowledgements", "Special thanks"): its
// links are the credited people's and tools', as after a thanks lead-in. Left out: "Sponsors" (a "Sponsor
// me" section holds the owner's own pages) and "Thanks for visiting!" (often above the owner's links).
const CREDITS_TITLE =
  /\b(?:credits?|acknowledge?ments?|shout-?outs?|special thanks|thanks to|thank you to)\b|鸣谢|謝辞|agradecimientos|agradecimentos|remerciements|danksagung/i;

/** Whether a section title says the section credits or thanks others. */
export const creditsTitle = (title: string): boolean => CREDITS_TITLE.test(title.slice(0, 120));

/** What a short paragraph ending in a colon introduces: ways to reach the person, or groups they are in. */
export function leadIn(node: RootContent): LeadIn {
  if (node.type !== 'paragraph') return null;
  const { start, end } = node.position ?? {};
  // A lead-in is one short line; skip reading long paragraphs, and those not ending in a colon.
  if (start?.offset !== undefined && end?.offset !== undefined && end.offset - start.offset > 160)
    return null;
  const last = lastVisibleChar(node.children);
  // "✦ Special thanks to them, always: ✦": ornaments may follow the colon.
  if (last !== null && last !== ':' && last !== '：' && !/^\p{S}$/u.test(last)) return null;
  const text = plainText(node, { includeImageAlt: false })
    .trim()
    .replace(/(?<=[:：])[\p{S}\s]{1,8}$/u, '');
  if (text.length > 80 || !/[:：]$/.test(text)) return null;
  if (THANKS_CUE.test(text)) return 'thanks';
  if (CONTACT_CUE.test(text)) return 'contact';
  return ORG_CUE.test(text) ? 'orgs' : null;
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
