// openingHeadline: the tagline of a profile whose name is stated nowhere a headline is read from: the
// line under an opening heading that names the person ("## Samuel Ramos" → "Desenvolvedor Web e Mobile"),
// an opening heading that is itself a role ("<h3>AI Backend Engineer</h3>"), or a code bio's role field.
import type { DocSection, SourceDocument } from '../markdown/source-document.js';
import { HEADING_ROLE } from './heading-role.js';
import { readCodeBio } from './read-code-bio.js';

/** Only the first headings open a profile; further down a role heading is a job entry or a topic. */
const OPENING_HEADINGS = 2;
/** A heading of more words is a sentence, not a role. */
const MAX_ROLE_WORDS = 6;

interface OpeningReaders {
  firstLine: (section: DocSection) => string | null;
  namesPerson: (title: string) => boolean;
  codeRole: () => string | null;
}

/** The opening tagline, or null when the opening says no role. */
export function openingHeadline(
  doc: SourceDocument,
  headings: readonly DocSection[],
  read: OpeningReaders,
): string | null {
  for (const heading of headings.slice(0, OPENING_HEADINGS)) {
    if (heading.level > 3) break;
    const title = heading.title.trim();
    // "## 📱 Samuel Ramos" then "**Desenvolvedor Web e Mobile**": the line under the name.
    if (read.namesPerson(heading.rawTitle)) {
      const line = read.firstLine(heading);
      if (line && HEADING_ROLE.test(line)) return line;
      continue;
    }
    if (saysRoleAlone(title)) return title;
    // A heading with content of its own is a topic ("Tech Stack"): no later heading opens the profile.
    if (heading.blocks.length > 0) break;
  }
  // `role: "Full Stack Developer"` in a `const developer = {…}` bio, whoever the name came from.
  return readCodeBio(doc.text) ? read.codeRole() : null;
}

/** "AI Backend Engineer", "Aspiring Machine Learning Engineer": a short heading naming a role. */
export function saysRoleAlone(title: string): boolean {
  const words = title.split(/\s+/);
  // "xiaozhu.dev", "node.js": a dotted word is a site or a name, never a role word.
  return words.length <= MAX_ROLE_WORDS && HEADING_ROLE.test(words.filter((w) => !w.includes('.')).join(' '));
}
