// The parsed markdown file the extractors read: front matter plus a tree of sections holding mdast blocks.
import type { Heading, RootContent } from 'mdast';
import type { SectionKind } from '../model/profile.js';

export interface DocSection {
  /** Unique within the document: slug of the heading path ("core-technical-stack/backend-data"). */
  id: string;
  /** Heading as written (after decoding), e.g. "🛠 Core Technical Stack"; "" for the preamble. */
  rawTitle: string;
  /** Heading with emoji, badges and decoration removed: "Core Technical Stack". */
  title: string;
  /** From the heading words; a sub-heading that classifies as 'other' inherits its parent's kind. */
  kind: SectionKind;
  /** 1–6 for headings; 0 for the preamble (content before the first heading). */
  level: number;
  /** 1-based source line of the heading (of the first content for the preamble). */
  line: number;
  /**
   * The section's own block content (up to the next heading of any level). HTML has been turned into
   * mdast (`<a>` → link, `<img>` → image, `<h1>` → heading handled as a section, `<br>` → break,
   * `<details>`/`<summary>` → paragraphs); HTML comments are gone. Nodes keep source positions.
   */
  blocks: RootContent[];
  children: DocSection[];
  /** The heading node itself (absent for the preamble): links and images written in the heading. */
  heading?: Heading;
}

export interface SourceDocument {
  /** The decoded, normalised text that was parsed (positions refer to it). */
  text: string;
  /** YAML front matter as an object ({} when absent). */
  frontMatter: Record<string, unknown>;
  /** Level-0 section: the preamble, with every top-level heading as a child. */
  root: DocSection;
}
