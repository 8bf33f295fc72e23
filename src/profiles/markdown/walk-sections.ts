// walkSections: visits every section of a SourceDocument depth-first (preamble first), with its ancestors.
import type { DocSection, SourceDocument } from './source-document.js';

export type SectionVisitor = (section: DocSection, ancestors: readonly DocSection[]) => void;

export function walkSections(doc: SourceDocument | DocSection, visit: SectionVisitor): void {
  walkFrom('root' in doc ? doc.root : doc, [], visit);
}

// A module function, not a closure per walk: tsx (keepNames) names every closure it creates.
function walkFrom(section: DocSection, ancestors: readonly DocSection[], visit: SectionVisitor): void {
  visit(section, ancestors);
  if (section.children.length === 0) return;
  const next = [...ancestors, section];
  for (const child of section.children) walkFrom(child, next, visit);
}

/** Every section in document order, flattened. */
export function allSections(doc: SourceDocument | DocSection): DocSection[] {
  const out: DocSection[] = [];
  walkSections(doc, (s) => out.push(s));
  return out;
}
