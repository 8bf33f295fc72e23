// extractSkills: canonical skills with categories, wherever people put them: skills sections (lists, lines,
// tables), badges and icons, code-mode bios, and technologies named in prose.
import { collectImages, contentLines } from '../markdown/content-lines.js';
import { proseLines, selfNamedLinks, struckTexts } from '../markdown/prose-lines.js';
import type { DocSection, SourceDocument } from '../markdown/source-document.js';
import { walkSections } from '../markdown/walk-sections.js';
import type { ParseWarning, Skill } from '../model/profile.js';
import { canonicalSkillName, foldSkillKey, isKnownSkill, isPlatform } from '../vocabulary/skill-aliases.js';
import { skillsFromImage } from './skill-badges.js';
import { shapedSkillLines } from './skill-list-shape.js';
import { skillGridNames, skillLineNames, skillRowNames } from './skill-section-lines.js';
import { skillsFromCode } from './skills-from-code.js';
import { findTechMentions } from './tech-mentions.js';

// Sections whose technologies are not the author's skills: what they want to learn, what they wrote or built.
const NOT_SKILL_TITLE =
  /learn|interest|wish|want to|\bnext\b|goals?\b|future|blog|\bposts?\b|articles?|videos?|talks?\b|publications?|writing|releases?|repositor|\brepos\b|projects?|stats?\b|statistics|activit|contribution|\bbooks?\b|reading|\bnews\b|aprend|apprend|lerne|projet|proyecto|projeto|artigo|artículo|publica|estudando|estudiando/i;
const LEARNING_TITLE = /learn|interest|wish|want to|\bnext\b|goals?\b|future|aprend|apprend|lerne/i;
const NOT_SKILL_KINDS = new Set(['projects', 'contact', 'interests']);
// A sentence about learning or interest names technologies the author does not (yet) claim.
const LEARNING_SENTENCE =
  /^[^\p{L}]{0,4}(?:learning|exploring|studying)\b|\b(?:(?:am|i'm|i’m|currently|now|still|also|been|started|start|keep|actively)\s+learning|learning next|to learn|interested in|want to|wanna|would like to|planning to|plan to|next up|aprendiendo|aprender|apprends|apprendre|ich lerne|lerne gerade|aprendendo|estudando|estudiando)\b|\b(?:learning|interests?)\s*:/iu;
// "**Forgejo**: [link]": a label for a link is a contact line, not a claim of skill.
const LINK_LABEL = /^[^:¦]{1,40}:[\s¦]*$/;
const SENTENCE_END = /(?<=[.!?。！？])\s+/;

function excluded(section: DocSection, ancestors: readonly DocSection[]): boolean {
  if (NOT_SKILL_KINDS.has(section.kind)) return true;
  return [...ancestors, section].some((s) => s.level >= 2 && NOT_SKILL_TITLE.test(s.title));
}

export function extractSkills(doc: SourceDocument): { skills: Skill[]; warnings: ParseWarning[] } {
  const skills: Skill[] = [];
  const seen = new Set<string>();
  let struck = new Set<string>();
  // Prose mentions come last: a skills section, badge or code bio files the skill under its own category.
  const mentioned: { name: string; category: string | null; sentence: string; line: number | null }[] = [];
  const add = (
    raw: string,
    category: string | null,
    evidence: string,
    source: Skill['source'],
    line: number | null,
  ) => {
    const name = canonicalSkillName(raw);
    const key = foldSkillKey(name);
    if (!key || name.length > 60 || seen.has(key) || struck.has(key) || isPlatform(name)) return;
    seen.add(key);
    skills.push({ name, category: category || null, evidence, source, line });
  };

  // Most files strike nothing through: skip looking for it then.
  const mayStrike = doc.text.includes('~~') || /<(?:s|del|strike)\b/i.test(doc.text);
  walkSections(doc, (section, ancestors) => {
    const category = section.title || null;
    // A grid of technologies with levels is a skills table wherever it stands ("How to evaluate my portfolio").
    if (section.kind !== 'skills' && !LEARNING_TITLE.test(section.title)) {
      for (const row of skillGridNames(contentLines(section.blocks))) {
        for (const name of row.names) add(name, category, row.text, 'table', row.line);
      }
    }
    if (excluded(section, ancestors)) return;
    const inSkills = section.kind === 'skills';
    struck = mayStrike
      ? new Set(struckTexts(section.blocks).map((t) => foldSkillKey(canonicalSkillName(t))))
      : struck;
    if (inSkills) {
      for (const line of contentLines(section.blocks)) {
        const isRow = line.type === 'row';
        const { label, names } = isRow ? skillRowNames(line) : skillLineNames(line);
        if (!isRow && LEARNING_SENTENCE.test(line.text)) continue;
        // The label is a skill itself when it names one ("AWS: ECS, EC2").
        if (label && isKnownSkill(label))
          add(label, category, line.text, isRow ? 'table' : 'text', line.line);
        for (const name of names)
          add(name, label ?? category, line.text, isRow ? 'table' : 'text', line.line);
      }
    } else {
      // Lines shaped like a skills list ("🍎 iOS: Swift, SwiftUI") are one under any heading.
      for (const row of shapedSkillLines(section.blocks, (text) => LEARNING_SENTENCE.test(text))) {
        if (row.label && isKnownSkill(row.label)) add(row.label, category, row.text, 'text', row.line);
        for (const name of row.names) add(name, row.label ?? category, row.text, 'text', row.line);
      }
      for (const prose of proseLines(section.blocks)) {
        for (const sentence of prose.text.split(SENTENCE_END)) {
          if (LEARNING_SENTENCE.test(sentence) || LINK_LABEL.test(sentence)) continue;
          for (const name of findTechMentions(sentence))
            mentioned.push({ name, category, sentence, line: prose.line });
        }
      }
    }
    for (const image of collectImages(section.blocks)) {
      const found = skillsFromImage(image, inSkills);
      for (const name of found?.names ?? [])
        add(name, category, image.alt || name, found!.source, image.line);
    }
    for (const { name, line } of skillsFromCode(section.blocks)) add(name, category, name, 'text', line);
    for (const { name, line } of selfNamedLinks(section.blocks)) add(name, category, name, 'text', line);
  });

  struck = new Set();
  for (const m of mentioned) add(m.name, m.category, m.sentence, 'prose', m.line);

  for (const [key, value] of Object.entries(doc.frontMatter)) {
    if (!/^(skills|tech|stack)$/i.test(key)) continue;
    const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
    for (const item of list)
      if (typeof item === 'string' && item.trim()) add(item, null, `${key}: ${item}`, 'front-matter', null);
  }
  return { skills, warnings: [] };
}
