// extractSkills: canonical skills with categories, wherever people put them: skills sections (lists, lines,
// tables), badges and icons, code-mode bios, and technologies named in prose.
import type { Link } from 'mdast';
import { contentLines } from '../markdown/content-lines.js';
import { plainText } from '../markdown/plain-text.js';
import { type ProseLine, proseLines, selfNamedLinks, struckTexts } from '../markdown/prose-lines.js';
import { isTagline } from '../markdown/section-kinds.js';
import type { DocSection, SourceDocument } from '../markdown/source-document.js';
import { walkSections } from '../markdown/walk-sections.js';
import { memoize } from '../model/memoize.js';
import type { ParseWarning, Skill } from '../model/profile.js';
import { isHumanLanguage } from '../vocabulary/human-languages.js';
import { canonicalSkillName, foldSkillKey, isKnownSkill, isPlatform } from '../vocabulary/skill-aliases.js';
import { isBulletIcon } from './bullet-icon.js';
import { categoryTableRows } from './category-table.js';
import { codeSpanRows } from './code-span-row.js';
import { isDonationLine } from './donation-line.js';
import { experienceCueLines } from './experience-cue.js';
import { labelledListLines } from './labelled-list-lines.js';
import { withLearningCues } from './learning-cues.js';
import { listedAfterCue } from './listed-after-cue.js';
import { parsePeriod } from './parse-period.js';
import { isProjectListing } from './project-listing.js';
import { type SectionNodes, sectionNodes } from './section-nodes.js';
import { skillsFromImage } from './skill-badges.js';
import { CREDIT_LINE, CREDIT_WORD, hasLetter, isCreditLine, unclaimedLinkTexts } from './skill-claims.js';
import { isLearning, mayBeLearning } from './skill-learning.js';
import { shapedSkillLines } from './skill-list-shape.js';
import { skillGridNames, skillLineNames, skillRowNames } from './skill-section-lines.js';
import { skillsFromCode, skillsFromTextBlocks } from './skills-from-code.js';
import { findTechMentions } from './tech-mentions.js';
import { threadLinkLines } from './thread-links.js';
import { everydayUseReader } from './use-sentence.js';

// Sections whose technologies are not the author's skills: what they want to learn or used in the past
// ("Previously Worked With"), what they wrote or built,
// the human languages they speak ("Norwegian" is also a brand in the vocabulary).
// Section titles are tested for every section below them and recur across profiles: each answer is kept.
const NOT_SKILL_TITLE = withLearningCues(
  /learn|interest|wish|want to|\bpreviously\b|\bformerly\b|\bused to\b|\bin the past\b|\bnext\b|goals?\b|future|blog|\bposts?\b|articles?|videos?|talks?\b|publications?|writing|releases?|repositor|\brepos\b|projects?|open[- ]?source|\boss\b|maintain|stats?\b|statistics|activit|contribution|\bbooks?\b|reading|\bnews\b|sponsor|donat|support (?:me|my work)|spoken|languages? (?:that )?i speak|(?:human|natural) languages?|\bidiomas?\b|\blangues\b|\blenguas\b|\bl[íi]nguas\b|sprachkenntnisse|aprend|apprend|lerne|projet|proyecto|projeto|artigo|artículo|publica|estudando|estudiando/i,
);
// A tagline heading ("Open source enthusiast and full stack developer from Berlin") covers the whole
// README below it: only a learning or past cue in it excludes, never a word like "open source".
const PAST_OR_LEARNING_TITLE = /\bpreviously\b|\bformerly\b|\bused to\b|\bin the past\b/i;
const notSkillTitle = memoize((title: string) =>
  isTagline(title)
    ? LEARNING_TITLE.test(title) || PAST_OR_LEARNING_TITLE.test(title)
    : NOT_SKILL_TITLE.test(title),
);
const LEARNING_TITLE = /learn|interest|wish|want to|\bnext\b|goals?\b|future|aprend|apprend|lerne/i;
const NOT_SKILL_KINDS = new Set(['projects', 'contact', 'interests']);
// "**Forgejo**: [link]": a label for a link is a contact line, not a claim of skill.
const LINK_LABEL = /^[^:¦]{1,40}:[\s¦]*$/;
const SENTENCE_END = /(?<=[.!?。！？])\s+/;
// A line without a sentence end is one sentence: splitting it on SENTENCE_END would give it back whole.
const SENTENCE_END_CHAR = /[.!?。！？]/;
export const sentencesOf = (text: string): string[] =>
  SENTENCE_END_CHAR.test(text) ? text.split(SENTENCE_END) : [text];
// Listings of what the author published (video, post, release and repository tables): their titles name
// technologies the author wrote about, not ones they claim.
const CONTENT_TITLE =
  /blog|\bposts?\b|articles?|videos?|youtube|talks?\b|publications?|releases?|repositor|\brepos\b|podcasts?|episodes?|newsletters?|writing|artigo|artículo|vídeos/i;
const contentTitle = memoize((title: string) => CONTENT_TITLE.test(title));
// "[PowerVim](…) 🔥：an industrial-grade Vim config", "[Post](…) - about Go": a description of the linked
// thing (the link itself is left out of prose as "¦"), not a claim of the author's.
const DESCRIBED_LINK = /^\s*¦\s*[^\p{L}\p{N}]{0,6}[：:–—-]/u;
// "## GitHub Stats": generated cards. A heading below it ("### Programming Languages" after the cards,
// often in a <details>) starts something of the author's own: the stats title does not reach into it.
const STATS_TITLE = /^[^\p{L}]*(?:github\s+)?(?:stats?|statistics|activity)[^\p{L}]*$/iu;

function excluded(section: DocSection, ancestors: readonly DocSection[]): boolean {
  // A tagline read as "projects" for its "open source" still covers the author's own skills.
  if (NOT_SKILL_KINDS.has(section.kind) && !(section.kind === 'projects' && isTagline(section.title)))
    return true;
  return [...ancestors, section].some(
    (s) => s.level >= 2 && notSkillTitle(s.title) && (s === section || !STATS_TITLE.test(s.title)),
  );
}

/** The text presents `name` as the author's own project or employer: "creator of Hono", "worked at Clerk". */
const ownProjectIn = listedAfterCue;

function ownProject(lines: readonly ProseLine[], name: string, line: number | null): boolean {
  const prose = lines.find((p) => p.line === line);
  return prose !== undefined && ownProjectIn(prose.text, name);
}

// A repository page: "github.com/owner/repo" and the like.
const REPO_URL =
  /^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|gitee\.com|codeberg\.org|bitbucket\.org)\/[^/\s]+\/[^/?#\s]+/i;
const AFTER_TITLE = /^\s*[^\p{L}\p{N}]{0,6}?(?:[：:]|[-–—]\s)/u;

/** Lines of a "Tools" list that are repositories with a description ("[NoorVim](…) 🔥：a Vim config"). */
function describedRepoLines(section: DocSection, links: readonly Link[]): Set<number | null> {
  const out = new Set<number | null>();
  for (const link of links) {
    if (!REPO_URL.test(link.url)) continue;
    const text = plainText(link, { includeImageAlt: true }).trim();
    if (!text || isKnownSkill(text)) continue;
    const at = link.position?.start.line ?? null;
    const line = contentLines(section.blocks).find((l) => l.line === at && l.type === 'item');
    const index = line ? line.text.indexOf(text) : -1;
    if (index >= 0 && index <= 4 && AFTER_TITLE.test(line!.text.slice(index + text.length))) out.add(at);
  }
  return out;
}

/** Lines (not table rows) that speak of learning or interest, by line number. */
function learningLines(blocks: DocSection['blocks']): Set<number> {
  const out = new Set<number>();
  for (const l of contentLines(blocks))
    if (l.type !== 'row' && l.line !== null && mayBeLearning(l.text) && isLearning(l.text)) out.add(l.line);
  return out;
}

/** "**June 2023 - Present**": a line that is only a period (a job's dates under a "… Tech Inc." heading). */
function onlyPeriod(text: string): boolean {
  const dated = /\d{4}/.test(text) ? parsePeriod(text) : null;
  return dated !== null && !/\p{L}{2}/u.test(dated.before) && !/\p{L}{2}/u.test(dated.after);
}

export function extractSkills(doc: SourceDocument): { skills: Skill[]; warnings: ParseWarning[] } {
  const skills: Skill[] = [];
  const seen = new Set<string>();
  let struck = new Set<string>();
  // Prose mentions come last: a skills section, badge or code bio files the skill under its own category.
  const mentioned: {
    name: string;
    category: string | null;
    sentence: string;
    line: number | null;
    listed?: boolean;
  }[] = [];
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
    if (!hasLetter(name) || unclaimed.has(key) || unclaimed.has(foldSkillKey(raw))) return;
    if (isHumanLanguage(name)) return; // "Languages: English, Norwegian" lists spoken languages, not skills

    seen.add(key);
    skills.push({ name, category: category || null, evidence, source, line });
  };

  // Link texts that lead to a person's page or a repository: no claim of a skill, wherever they stand.
  const unclaimed = new Set<string>();
  // Each section's links, images and code blocks, found in one walk and read by every rule below.
  const nodesOf = new Map<DocSection, SectionNodes>();
  walkSections(doc, (section) => {
    const nodes = sectionNodes(section.blocks);
    nodesOf.set(section, nodes);
    unclaimedLinkTexts(nodes.outerLinks, unclaimed);
  });
  // Most files strike nothing through: skip looking for it then.
  const mayStrike = doc.text.includes('~~') || /<(?:s|del|strike)\b/i.test(doc.text);
  walkSections(doc, (section, ancestors) => {
    const category = section.title || null;
    // A grid of technologies with levels is a skills table wherever it stands ("How to evaluate my portfolio").
    const listing = [...ancestors, section].some((s) => s.level >= 2 && contentTitle(s.title));
    if (section.kind !== 'skills' && !LEARNING_TITLE.test(section.title) && !listing) {
      for (const row of skillGridNames(contentLines(section.blocks))) {
        for (const name of row.names) add(name, category, row.text, 'table', row.line);
      }
    }
    if (excluded(section, ancestors)) return;
    const inSkills = section.kind === 'skills';
    const nodes = nodesOf.get(section)!;
    // The section's prose lines, read once (for mentions and for "creator of [X]" links).
    let lines: readonly ProseLine[] | undefined;
    struck = mayStrike
      ? new Set(struckTexts(section.blocks).map((t) => foldSkillKey(canonicalSkillName(t))))
      : struck;
    // A paragraph of code-span tags ("`PHP` `Laravel` `Nuxt`") is a row of skills under any heading.
    for (const row of codeSpanRows(section.blocks))
      for (const name of row.names) add(name, category, row.text, 'text', row.line);
    if (inSkills) {
      const repoItems = describedRepoLines(section, nodes.links);
      const threads = threadLinkLines(nodes.links);
      for (const line of contentLines(section.blocks)) {
        const isRow = line.type === 'row';
        if (repoItems.has(line.line) || (line.line !== null && threads.has(line.line))) continue;
        if (!isRow && (isLearning(line.text) || isCreditLine(line.text) || onlyPeriod(line.text))) continue;
        const { label, names } = isRow ? skillRowNames(line) : skillLineNames(line);
        // The label is a skill itself when it names one ("AWS: ECS, EC2").
        if (label && isKnownSkill(label))
          add(label, category, line.text, isRow ? 'table' : 'text', line.line);
        for (const name of names)
          add(name, label ?? category, line.text, isRow ? 'table' : 'text', line.line);
      }
    } else {
      // A table of "area | technologies" rows is a skills table under any heading.
      for (const row of categoryTableRows(contentLines(section.blocks), isLearning))
        for (const name of row.names) add(name, row.label ?? category, row.text, 'table', row.line);
      // Lines shaped like a skills list ("🍎 iOS: Swift, SwiftUI") are one under any heading, and so are
      // "Label: a · b · c" lines that list known technologies whatever stands around them.
      for (const row of [
        ...shapedSkillLines(section.blocks, isLearning),
        ...labelledListLines(section.blocks, isLearning),
      ]) {
        if (row.label && isKnownSkill(row.label)) add(row.label, category, row.text, 'text', row.line);
        for (const name of row.names) add(name, row.label ?? category, row.text, 'text', row.line);
      }
      lines = proseLines(section.blocks);
      const afterCue = experienceCueLines(lines);
      for (const prose of lines) {
        if (DESCRIBED_LINK.test(prose.text) || isProjectListing(prose.text) || isDonationLine(prose.text))
          continue;
        // A sentence can only match where its whole line does: the cheap tests run once per line.
        const mayLearn = mayBeLearning(prose.text);
        const mayCredit = CREDIT_WORD.test(prose.text);
        for (const sentence of sentencesOf(prose.text)) {
          if (
            (mayLearn && isLearning(sentence)) ||
            LINK_LABEL.test(sentence) ||
            (mayCredit && CREDIT_LINE.test(sentence))
          )
            continue;
          for (const name of findTechMentions(sentence))
            if (!ownProjectIn(sentence, name))
              mentioned.push({
                name,
                category,
                sentence,
                line: prose.line,
                listed: afterCue.has(prose.line!),
              });
        }
      }
    }
    // "🌱 Currently learning: ![JavaScript](…) ![Svelte](…)": badges on a learning line claim nothing.
    const learning = nodes.images.length > 0 ? learningLines(section.blocks) : null;
    for (const image of nodes.images) {
      if (image.line !== null && learning?.has(image.line)) continue;
      const found = skillsFromImage(image, inSkills);
      if (
        found?.source === 'icon' &&
        !inSkills &&
        isBulletIcon(image, found.names, contentLines(section.blocks))
      )
        continue;
      for (const name of found?.names ?? [])
        add(name, category, image.alt || name, found!.source, image.line);
    }
    for (const { name, line } of skillsFromCode(nodes.codes)) add(name, category, name, 'text', line);
    for (const { name, line } of skillsFromTextBlocks(nodes.codes)) add(name, category, name, 'text', line);
    // A section without links has no self-named link: its blocks need no second walk.
    const links = nodes.links.length > 0 ? selfNamedLinks(section.blocks) : [];
    if (links.length > 0) lines ??= proseLines(section.blocks);
    const threads = links.length > 0 ? threadLinkLines(nodes.links) : null;
    for (const { name, line } of links)
      if (!ownProject(lines ?? [], name, line) && !(line !== null && threads?.has(line)))
        add(name, category, name, 'text', line);
  });

  struck = new Set();
  const statesEverydayUse = everydayUseReader();
  for (const m of mentioned)
    add(m.name, m.category, m.sentence, m.listed || statesEverydayUse(m.sentence) ? 'text' : 'prose', m.line);

  for (const [key, value] of Object.entries(doc.frontMatter)) {
    if (!/^(skills|tech|stack)$/i.test(key)) continue;
    const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
    for (const item of list)
      if (typeof item === 'string' && item.trim()) add(item, null, `${key}: ${item}`, 'front-matter', null);
  }
  return { skills, warnings: [] };
}
