// LinkSpot and ImageSpot: a link or image of a profile as collectContactSpots reads it, with the context a
// reader uses to tell a contact from any other link (the words around it, the list or row it is in).
import type { DocSection } from '../markdown/source-document.js';

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
  /** The line above in the same paragraph when only punctuation precedes the link on its own ("Portfolio\n(https://…)"). */
  above: string;
  /** The text right after the link on its line, up to the next link (at most 80 characters). */
  after: string;
  /** Prose (not link texts, not a lone word) precedes the link on its line: not a row of links. */
  inProse: boolean;
  images: ImageSpot[];
  line: number | null;
  section: DocSection;
  /** The link is written inside a heading. */
  inHeading: boolean;
  /** The link's list or paragraph follows a lead-in such as "Find me at:" / "Reach me:". */
  contactList: boolean;
  /** The link's list or paragraph follows a lead-in naming groups ("Organizations I contribute to:"). */
  orgList: boolean;
  /** The link comes after a lead-in thanking sponsors or others ("Special thanks to them:"), in the same block. */
  thanksList: boolean;
  /** The paragraph, list or table row the link is in: links sharing it form one row of links. */
  group: number;
}
