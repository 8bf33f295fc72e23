// extractSkills: canonical skills with categories, from skills sections (lists, lines, tables) and badges/icons.
import { type ContentLine, collectImages, contentLines } from './content-lines.js';
import type { ParseWarning, Skill } from './profile.js';
import { canonicalSkillName, foldSkillKey, isKnownSkill } from './skill-aliases.js';
import { skillsFromImage } from './skill-badges.js';
import type { DocSection, SourceDocument } from './source-document.js';
import { looksTechnical, splitSkillLine, wordCount } from './split-skill-list.js';
import { walkSections } from './walk-sections.js';

const MAX_WORDS = 4;

/**
 * Which names of a line are skills. A known skill always is. In a list of short names ("Terraform,
 * declarative provisioning"), every name is, provided the line has a "Label:" or lists a known or
 * technical-looking name: so topics like "backpressure" stay searchable while "Payments, booking
 * engines" in an architecture list do not. A lone short item counts only when it looks technical
 * ("RESTful API design"). Sentences give only the known skills they consist of.
 */
function acceptedNames(line: ContentLine): { label: string | null; names: string[] } {
  // An intro line ("My ML work emphasizes:") or a first-person sentence lists nothing by itself.
  if (/:\s*$/.test(line.text) || /^(I|I’m|I'm|My|We|Our)\b/.test(line.text)) {
    return { label: null, names: splitSkillLine(line.text).names.filter(isKnownSkill) };
  }
  const split = splitSkillLine(line.text);
  const known = split.names.filter(isKnownSkill);
  if (split.isList && (split.label || known.length > 0 || split.names.some(looksTechnical))) {
    return { label: split.label, names: split.names };
  }
  if (split.names.length === 1) {
    const only = split.names[0]!;
    if (isKnownSkill(only) || (wordCount(only) <= MAX_WORDS && looksTechnical(only))) {
      return { label: split.label, names: [only] };
    }
  }
  return { label: split.label, names: known };
}

function tableNames(line: ContentLine): { label: string | null; names: string[] } {
  const [first = '', second = ''] = line.cells ?? [];
  const byCategory = /categor|area|domain|field|type|group/i.test(line.header?.[0] ?? '');
  const listed = splitSkillLine(byCategory ? second : first).names.filter((n) => wordCount(n) <= MAX_WORDS);
  return { label: byCategory ? first || null : null, names: listed };
}

export function extractSkills(doc: SourceDocument): { skills: Skill[]; warnings: ParseWarning[] } {
  const skills: Skill[] = [];
  const seen = new Set<string>();
  const add = (
    raw: string,
    category: string | null,
    evidence: string,
    source: Skill['source'],
    line: number | null,
  ) => {
    const name = canonicalSkillName(raw);
    const key = foldSkillKey(name);
    if (!key || name.length > 60 || seen.has(key)) return;
    seen.add(key);
    skills.push({ name, category: category || null, evidence, source, line });
  };

  walkSections(doc, (section: DocSection) => {
    const category = section.title || null;
    if (section.kind === 'skills') {
      for (const line of contentLines(section.blocks)) {
        const { label, names } = line.type === 'row' ? tableNames(line) : acceptedNames(line);
        // The label is a skill itself when it names one ("AWS: ECS, EC2").
        if (label && isKnownSkill(label))
          add(label, category, line.text, line.type === 'row' ? 'table' : 'text', line.line);
        for (const name of names) {
          add(name, label ?? category, line.text, line.type === 'row' ? 'table' : 'text', line.line);
        }
      }
    }
    for (const image of collectImages(section.blocks)) {
      const found = skillsFromImage(image);
      if (!found) continue;
      // Outside skills sections only names the alias table knows: a stray badge is not a skill claim.
      const names = section.kind === 'skills' ? found.names : found.names.filter(isKnownSkill);
      for (const name of names) add(name, category, image.alt || name, found.source, image.line);
    }
  });

  for (const [key, value] of Object.entries(doc.frontMatter)) {
    if (!/^(skills|tech|stack)$/i.test(key)) continue;
    const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
    for (const item of list)
      if (typeof item === 'string' && item.trim()) add(item, null, `${key}: ${item}`, 'front-matter', null);
  }
  return { skills, warnings: [] };
}
