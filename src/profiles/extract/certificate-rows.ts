// certificateRows: listing rows of a certifications section read as certificates ("**Meta** — Backend Developer
// Professional Certificate · Programming in Python"): the label is the issuer, the items are course titles.
import type { DocSection } from '../markdown/source-document.js';
import { isKnownSkill } from '../vocabulary/skill-aliases.js';
import { findTechMentions } from './tech-mentions.js';

interface Row {
  label: string | null;
  names: string[];
  text: string;
  line: number | null;
}

/**
 * The rows as they claim skills. Under a certifications heading the label names who issued the certificates:
 * only an issuer that is a technology counts ("**AWS** — Solutions Architect"; Meta, IBM, Fortinet do not),
 * and it files nothing under its name; a title claims only the technologies it names ("Programming in
 * Python" → Python). Elsewhere the rows are unchanged.
 */
export function certificateRows<T extends Row>(section: DocSection, rows: readonly T[]): readonly T[] {
  if (section.kind !== 'certifications' || rows.length === 0) return rows;
  return rows.map((row) => ({
    ...row,
    label: null,
    names: [
      ...(row.label && isKnownSkill(row.label) ? [row.label] : []),
      ...row.names.flatMap((name) => (isKnownSkill(name) ? [name] : findTechMentions(name, true))),
    ],
  }));
}
