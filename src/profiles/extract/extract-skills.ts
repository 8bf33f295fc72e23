// extractSkills: canonical skills with categories, wherever people put them: skills sections (lists, lines,
// tables), badges and icons, code-mode bios, and technologies named in prose.
import { contentLines, type ImageRef } from '../markdown/content-lines.js';
import { plainText } from '../markdown/plain-text.js';
import { type ProseLine, proseLines, selfNamedLinks, struckTexts } from '../markdown/prose-lines.js';
import type { DocSection, SourceDocument } from '../markdown/source-document.js';
import { walkSections } from '../markdown/walk-sections.js';
import type { ParseWarning, Skill } from '../model/profile.js';
import { canonicalSkillName, foldSkillKey, isKnownSkill } from '../vocabulary/skill-aliases.js';
import { bannerRoleSkills } from './banner-role-skills.js';
import { isBulletIcon } from './bullet-icon.js';
import { categoryTableRows } from './category-table.js';
import { certificateRows } from './certificate-rows.js';
import { codeSpanRows } from './code-span-row.js';
import { isCommunityMention } from './community-mention.js';
import { denseListings } from './dense-listings.js';
import {
  excludedAsProjects,
  excludedFromSkills,
  isListingSection,
  LEARNING_TITLE,
} from './excluded-from-skills.js';
import { labelledListLines } from './labelled-list-lines.js';
import { learningLines } from './learning-lines.js';
import { type Mention, ownProjectIn, proseSkillMentions } from './prose-skill-mentions.js';
import { readSkillsSection } from './read-skills-section.js';
import { roleTitleSkills } from './role-title-skills.js';
import { type SectionNodes, sectionNodes } from './section-nodes.js';
import { skillsFromImage } from './skill-badges.js';
import { unclaimedLinkTexts } from './skill-claims.js';
import { type AddSkill, skillCollector } from './skill-collector.js';
import { isLearning } from './skill-learning.js';
import { shapedSkillLines } from './skill-list-shape.js';
import { skillGridNames } from './skill-section-lines.js';
import { skillsFromCode } from './skills-from-code.js';
import { skillsFromTextBlocks } from './skills-from-text-blocks.js';
import { ownWorkSection, stackLineSkills } from './stack-line-skills.js';
import { threadLinkLines } from './thread-links.js';
import { everydayUseReader } from './use-sentence.js';

/** The link's line presents it as the author's own project or as a community to join. */
function notClaimed(lines: readonly ProseLine[], name: string, line: number | null): boolean {
  const prose = lines.find((p) => p.line === line);
  return prose !== undefined && (ownProjectIn(prose.text, name) || isCommunityMention(prose.text, name));
}

const ROW_OF_BADGES = 2;

/** Every link of the section wraps an image or names a technology: a badge wall, not a list of projects. */
function linksNameNoProject(nodes: SectionNodes): boolean {
  return nodes.outerLinks.every(
    (link) => link.children.some((c) => c.type === 'image') || isKnownSkill(plainText(link).trim()),
  );
}

/**
 * A skills section, or an area under one ("## Technical Skills" › "### Machine Learning & Data Science",
 * whose words alone read as a focus).
 */
function readsAsSkills(section: DocSection, ancestors: readonly DocSection[]): boolean {
  if (section.kind === 'skills') return true;
  const parent = ancestors[ancestors.length - 1];
  return parent?.kind === 'skills' && parent.level >= 1 && AREA_KINDS.has(section.kind);
}
const AREA_KINDS = new Set(['focus', 'other']);

/** "Stack: Go · Cilium" under a project or job of the author's own: its technologies, filed under it. */
function addStackLines(section: DocSection, ancestors: readonly DocSection[], add: AddSkill): void {
  if (!ownWorkSection(section, ancestors)) return;
  for (const row of stackLineSkills(section.blocks, isLearning))
    for (const name of row.names) add(name, section.title || null, row.text, 'text', row.line);
}

export function extractSkills(doc: SourceDocument): { skills: Skill[]; warnings: ParseWarning[] } {
  const collector = skillCollector();
  const statesUse = everydayUseReader();
  const { add } = collector;
  // Prose mentions come last: a skills section, badge or code bio files the skill under its own category.
  const mentioned: Mention[] = [];

  // Link texts that lead to a person's page or a repository: no claim of a skill, wherever they stand.
  // Each section's links, images and code blocks, found in one walk and read by every rule below.
  const nodesOf = new Map<DocSection, SectionNodes>();
  walkSections(doc, (section) => {
    const nodes = sectionNodes(section.blocks);
    nodesOf.set(section, nodes);
    unclaimedLinkTexts(nodes.outerLinks, collector.unclaimed);
  });
  // Most files strike nothing through: skip looking for it then.
  const mayStrike = doc.text.includes('~~') || /<(?:s|del|strike)\b/i.test(doc.text);
  walkSections(doc, (section, ancestors) => {
    const category = section.title || null;
    // A grid of technologies with levels is a skills table wherever it stands ("How to evaluate my portfolio").
    const listing = isListingSection(section, ancestors);
    if (section.kind !== 'skills' && !LEARNING_TITLE.test(section.title) && !listing) {
      for (const row of skillGridNames(contentLines(section.blocks))) {
        for (const name of row.names) add(name, category, row.text, 'table', row.line);
      }
    }
    if (excludedFromSkills(section, ancestors, () => linksNameNoProject(nodesOf.get(section)!))) {
      // "Most of my open source software is written in JavaScript" under a projects heading: a statement of
      // present use is the author's, wherever it stands.
      if (excludedAsProjects(section, ancestors)) {
        for (const m of proseSkillMentions(proseLines(section.blocks), category))
          if (statesUse(m.sentence)) add(m.name, m.category, m.sentence, 'text', m.line);
        addStackLines(section, ancestors, add);
      }
      return;
    }
    // "### Freelance fullstack iOS & Android engineer": the role names the author's technologies.
    for (const name of roleTitleSkills(section.title)) add(name, null, section.title, 'text', null);
    const inSkills = readsAsSkills(section, ancestors);
    const nodes = nodesOf.get(section)!;
    // The section's prose lines, read once (for mentions and for "creator of [X]" links).
    let lines: readonly ProseLine[] | undefined;
    if (mayStrike)
      collector.struck = new Set(struckTexts(section.blocks).map((t) => foldSkillKey(canonicalSkillName(t))));
    // A paragraph of code-span tags ("`PHP` `Laravel` `Nuxt`") is a row of skills under any heading.
    for (const row of codeSpanRows(section.blocks))
      for (const name of row.names) add(name, category, row.text, 'text', row.line);
    if (inSkills) {
      for (const row of readSkillsSection(section, nodes.links)) {
        const source = row.isRow ? 'table' : 'text';
        // The label is a skill itself when it names one ("AWS: ECS, EC2").
        if (row.label && isKnownSkill(row.label)) add(row.label, category, row.text, source, row.line);
        for (const name of row.names) add(name, row.label ?? category, row.text, source, row.line);
      }
    } else {
      // A table of "area | technologies" rows is a skills table under any heading.
      for (const row of categoryTableRows(contentLines(section.blocks), isLearning))
        for (const name of row.names) add(name, row.label ?? category, row.text, 'table', row.line);
      // Lines shaped like a skills list ("🍎 iOS: Swift, SwiftUI") are one under any heading, and so are
      // "Label: a · b · c" lines that list known technologies whatever stands around them.
      for (const row of certificateRows(section, [
        ...shapedSkillLines(section.blocks, isLearning),
        ...labelledListLines(section.blocks, isLearning),
        ...denseListings(section.blocks, contentLines(section.blocks)),
      ])) {
        if (row.label && isKnownSkill(row.label)) add(row.label, category, row.text, 'text', row.line);
        for (const name of row.names) add(name, row.label ?? category, row.text, 'text', row.line);
      }
      // After the list readers, which file a stack line outside a project under its label ("Tech stack").
      if (!listing) addStackLines(section, ancestors, add);
      lines = proseLines(section.blocks);
      mentioned.push(...proseSkillMentions(lines, category));
    }
    // "🌱 Currently learning: ![JavaScript](…) ![Svelte](…)": badges on a learning line claim nothing.
    const learning = nodes.images.length > 0 ? learningLines(section.blocks) : null;
    // Images that named skills, by line: an unknown badge among them is one more ("![Static Badge](…/Aiogram-blue)").
    const named = new Map<number | null, number>();
    const unknown: ImageRef[] = [];
    for (const image of nodes.images) {
      if (image.line !== null && learning?.has(image.line)) continue;
      for (const name of bannerRoleSkills(image.src)) add(name, category, name, 'text', image.line);
      const found = skillsFromImage(image, inSkills);
      if (
        found?.source === 'icon' &&
        !inSkills &&
        isBulletIcon(image, found.names, contentLines(section.blocks))
      )
        continue;
      if (!found) unknown.push(image);
      else named.set(image.line, (named.get(image.line) ?? 0) + 1);
      for (const name of found?.names ?? [])
        add(name, category, image.alt || name, found!.source, image.line);
    }
    for (const image of unknown) {
      if ((named.get(image.line) ?? 0) < ROW_OF_BADGES) continue;
      const found = skillsFromImage(image, true);
      if (found?.source === 'badge')
        for (const name of found.names) add(name, category, name, 'badge', image.line);
    }
    for (const { name, line } of skillsFromCode(nodes.codes)) add(name, category, name, 'text', line);
    for (const { name, line } of skillsFromTextBlocks(nodes.codes)) add(name, category, name, 'text', line);
    // A section without links has no self-named link: its blocks need no second walk.
    const links = nodes.links.length > 0 ? selfNamedLinks(section.blocks) : [];
    if (links.length > 0) lines ??= proseLines(section.blocks);
    const threads = links.length > 0 ? threadLinkLines(nodes.links) : null;
    for (const { name, line } of links)
      if (!notClaimed(lines ?? [], name, line) && !(line !== null && threads?.has(line)))
        add(name, category, name, 'text', line);
  });

  collector.struck = new Set();
  for (const m of mentioned)
    add(m.name, m.category, m.sentence, m.listed || statesUse(m.sentence) ? 'text' : 'prose', m.line);

  for (const [key, value] of Object.entries(doc.frontMatter)) {
    if (!/^(skills|tech|stack)$/i.test(key)) continue;
    const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
    for (const item of list)
      if (typeof item === 'string' && item.trim()) add(item, null, `${key}: ${item}`, 'front-matter', null);
  }
  return { skills: collector.skills, warnings: [] };
}
