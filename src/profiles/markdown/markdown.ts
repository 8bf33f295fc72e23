// parseMarkdown: decoded text → SourceDocument (front matter + section tree of mdast blocks), via markdown-it.
import type { Heading, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { capTitle } from '../model/cap-title.js';
import type { ParseWarning, SectionKind } from '../model/profile.js';
import { slugify } from '../model/slugify.js';
import { capLineNesting } from './cap-line-nesting.js';
import { cleanHeading } from './clean-heading.js';
import { defuseEmphasis } from './defuse-emphasis.js';
import { type HtmlBudget, newHtmlBudget } from './html-tag-cap.js';
import { htmlToBlocks } from './html-to-mdast.js';
import { inlineHtmlToMdast } from './inline-html-to-mdast.js';
import { limitDepth } from './limit-depth.js';
import { parseWithMarkdownIt, type TreeFacts } from './markdown-it-to-mdast.js';
import { plainText } from './plain-text.js';
import { readFrontMatter } from './read-front-matter.js';
import { classifySection, kindOnlyInAside } from './section-kinds.js';
import type { DocSection, SourceDocument } from './source-document.js';

export interface ParsedMarkdown {
  doc: SourceDocument;
  /** Problems that did not stop parsing (bad front matter). */
  warnings: ParseWarning[];
}

/** Deeper than any real profile; keeps recursive walkers (ours and the extractors') off the stack limit. */
const MAX_DEPTH = 64;

const FLOW_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

/**
 * Replaces the raw HTML among one node's children with mdast (block HTML in flow, inline tags in
 * phrasing). What it makes holds no raw HTML, and each node's conversion touches only its own children,
 * so converting just the nodes that held HTML while the tree was built covers the whole tree.
 */
function convertHtml(parent: Parent, budget: HtmlBudget): void {
  const children = parent.children;
  if (FLOW_PARENTS.has(parent.type)) {
    const out: RootContent[] = [];
    for (const child of children as RootContent[])
      if (child.type === 'html') for (const block of htmlToBlocks(child, budget)) out.push(block);
      else out.push(child);
    parent.children = out as Parent['children'];
  } else parent.children = inlineHtmlToMdast(children as PhrasingContent[]);
}

function headingTitle(heading: Heading): string {
  return capTitle(plainText(heading, { includeImageAlt: false }).replace(/(?<!\s)\s*\n\s*/g, ' '));
}

// One object literal, not a spread of `parts`: the spread's copy was slow and left sections with a shape
// that made every later read of them slow (measured: a third of building the tree).
function newSection(
  rawTitle: string,
  level: number,
  line: number,
  kind: SectionKind,
  id: string,
): DocSection {
  return { rawTitle, level, line, kind, id, title: cleanHeading(rawTitle), blocks: [], children: [] };
}

/** Builds the section tree: each heading opens a section nested under the nearest shallower heading. */
function buildTree(children: RootContent[]): DocSection {
  const root = newSection('', 0, 1, 'about', 'preamble');
  const used = new Set<string>(['preamble']);
  const next = new Map<string, number>();
  const headings = children.filter((c): c is Heading => c.type === 'heading');
  // A lone first-level heading that opens the document is its title: its sub-headings don't inherit its kind.
  const titleHeading =
    headings[0]?.depth === 1 && headings.filter((h) => h.depth === 1).length === 1 ? headings[0] : null;
  let titleSection: DocSection | null = null;
  const stack: DocSection[] = [root];
  let firstContentLine: number | null = null;
  for (const node of children) {
    if (node.type !== 'heading') {
      stack.at(-1)!.blocks.push(node);
      if (stack.length === 1 && firstContentLine === null) firstContentLine = node.position?.start.line ?? 1;
      continue;
    }
    while (stack.length > 1 && stack.at(-1)!.level >= node.depth) stack.pop();
    const parent = stack.at(-1)!;
    const rawTitle = headingTitle(node);
    const nested = parent.level > 0 && parent !== titleSection;
    const named = classifySection(rawTitle);
    // "### LLM & NLP (Production Experience)" under "## Skills": the aside's kind word does not make it a job list.
    const aside = nested && named !== 'other' && parent.kind !== 'other' && parent.kind !== named;
    const own = aside && kindOnlyInAside(rawTitle) ? 'other' : named;
    const inherits = own === 'other' && nested;
    const base = slugify(cleanHeading(rawTitle)) || 'section';
    // The document title is not part of the path ("core-skills/languages", not "jane-doe/core-skills/…").
    const prefix = parent.level > 0 && parent !== titleSection ? `${parent.id}/` : '';
    let id = `${prefix}${base}`;
    // Per-id counters keep this linear when a file repeats one heading thousands of times.
    for (let n = (next.get(id) ?? 1) + 1; used.has(id); n++) {
      next.set(`${prefix}${base}`, n);
      id = `${prefix}${base}-${n}`;
    }
    used.add(id);
    const kind = inherits ? parent.kind : own;
    const section = newSection(rawTitle, node.depth, node.position?.start.line ?? 1, kind, id);
    section.heading = node;
    if (node === titleHeading) titleSection = section;
    parent.children.push(section);
    stack.push(section);
  }
  root.line = firstContentLine ?? 1;
  return root;
}

const contentCut = (): ParseWarning => ({
  code: 'content-cut',
  message:
    'too much markdown or HTML for one profile (a hundred thousand blocks or inline pieces, or twenty thousand HTML tags): the rest was not read',
  line: null,
});

// YAML front matter: "---" on the first line, up to the next "---" (or "...") line.
const FRONT_MATTER = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** The mdast tree, front matter first as a `yaml` node; line numbers stay those of the file. */
function parseTree(text: string, warnings: ParseWarning[]): { tree: Root; facts: TreeFacts } {
  const match = FRONT_MATTER.exec(text);
  // Blank lines in place of the front matter keep every later line number right.
  const body = match ? match[0].replace(/[^\n]/g, '') + text.slice(match[0].length) : text;
  const { tree, flattened, facts, cut } = parseWithMarkdownIt(body);
  if (cut) warnings.push(contentCut());
  if (flattened) {
    warnings.push({
      code: 'nesting-flattened',
      message: 'content is nested too deeply to parse as markdown; read line by line as plain text',
      line: null,
    });
  }
  if (!match) return { tree, facts };
  const position = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  tree.children.unshift({ type: 'yaml', value: match[1] ?? '', position });
  return { tree, facts };
}

/** Parses markdown (CommonMark + GFM + YAML front matter). Never throws on any input text. */
export function parseMarkdown(text: string): ParsedMarkdown {
  const warnings: ParseWarning[] = [];
  const defused = defuseEmphasis(text);
  for (const line of defused.lines) {
    warnings.push({
      code: 'emphasis-ignored',
      message: 'too many * or _ in one paragraph: read them as plain characters',
      line,
    });
  }
  // Twice the depth limit: the tree is still deep enough for limitDepth to flatten (and say so).
  const { tree, facts } = parseTree(capLineNesting(defused.text, 2 * MAX_DEPTH), warnings);
  const frontMatter = readFrontMatter(tree, warnings);
  // Only a tree that reaches the limit needs the walk (it flattens what lies past it).
  if (facts.deepest >= MAX_DEPTH && limitDepth(tree, MAX_DEPTH)) {
    warnings.push({
      code: 'nesting-flattened',
      message: `content nested more than ${MAX_DEPTH} levels deep was read as plain text`,
      line: null,
    });
  }
  const budget = newHtmlBudget();
  for (const parent of facts.htmlParents) convertHtml(parent, budget);
  if (budget.cut && !warnings.some((w) => w.code === 'content-cut')) warnings.push(contentCut());
  return { doc: { text, frontMatter, root: buildTree(tree.children) }, warnings };
}
