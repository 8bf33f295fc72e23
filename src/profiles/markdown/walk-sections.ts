// walkSections: visits every section of a SourceDocument depth-first (preamble first), with its ancestors.
import type { DocSection, SourceDocument } from './source-document.js';

export type SectionVisitor = (section: DocSection, ancestors: readonly DocSection[]) => void;

export function walkSections(doc: SourceDocument | DocSection, visit: SectionVisitor): void {
  const start = 'root' in doc ? doc.root : doc;
  const go = (section: DocSection, ancestors: DocSection[]): void => {
    visit(section, ancestors);
    const next = [...ancestors, section];
    for (const child of section.children) go(child, next);
  };
  go(start, []);
}

/** Every section in document order, flattened. */
export function allSections(doc: SourceDocument | DocSection): DocSection[] {
  const out: DocSection[] = [];
  walkSections(doc, (s) => out.push(s));
  return out;
}
