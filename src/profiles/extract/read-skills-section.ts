// readSkillsSection: the names each line and table row of a skills section lists, leaving out lines that
// describe one of the author's repositories or link to an issue thread (someone else's vote).
import type { Link } from 'mdast';
import { type ContentLine, contentLines } from '../markdown/content-lines.js';
import { plainText } from '../markdown/plain-text.js';
import type { DocSection } from '../markdown/source-document.js';
import { isKnownSkill } from '../vocabulary/skill-aliases.js';
import { labelsOverImages } from './labels-over-images.js';
import { learningTitle } from './learning-columns.js';
import { claimsNothingAsLeadIn, sectionLineNames } from './skill-section-item.js';
import { threadLinkLines } from './thread-links.js';

export interface SectionRow {
  label: string | null;
  names: string[];
  text: string;
  line: number | null;
  isRow: boolean;
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

/** A table row without its cells under a learning column ("| Proficient | Learning |"): those are not claimed. */
function withoutLearningCells(line: ContentLine): ContentLine {
  const { cells, header } = line;
  if (line.type !== 'row' || !cells || !header) return line;
  const keep = header.map((title) => !learningTitle(title.trim()));
  if (keep.every(Boolean) || !keep.some(Boolean)) return line;
  const kept = cells.filter((_, i) => keep[i] ?? true);
  return { ...line, cells: kept, header: header.filter((_, i) => keep[i]), text: kept.join(' | ') };
}

/** What each line of the skills section claims, in order. */
export function readSkillsSection(section: DocSection, links: readonly Link[]): SectionRow[] {
  const repoItems = describedRepoLines(section, links);
  const threads = threadLinkLines(links);
  const labels = labelsOverImages(section.blocks);
  const out: SectionRow[] = [];
  // The depth below which list items follow a lead-in that claims nothing (-1: a paragraph line's list).
  let leadDepth: number | null = null;
  for (const line of contentLines(section.blocks)) {
    if (line.type === 'item' && leadDepth !== null && line.depth > leadDepth) continue;
    leadDepth =
      line.type !== 'row' && claimsNothingAsLeadIn(line.text)
        ? line.type === 'item'
          ? line.depth
          : -1
        : null;
    if (repoItems.has(line.line) || (line.line !== null && threads.has(line.line))) continue;
    const read = sectionLineNames(withoutLearningCells(line));
    if (!read) continue;
    // A group label over a row of badges ("ML / AI & Data") keeps only what names a known technology.
    const overImages = line.type === 'line' && line.line !== null && labels.has(line.line);
    const names = overImages ? read.names.filter(isKnownSkill) : read.names;
    if (names.length > 0)
      out.push({ ...read, names, text: line.text, line: line.line, isRow: line.type === 'row' });
  }
  return out;
}
