// skillLineNames, skillRowNames: which names a line or table row of a skills section lists.

import { appendAll } from '../../text/append-all.js';
import type { ContentLine } from '../markdown/content-lines.js';
import { isKnownSkill } from '../vocabulary/skill-aliases.js';
import { isCategoryRow } from './category-row.js';
import { looksTechnical } from './looks-technical.js';
import { rowsByTable } from './rows-by-table.js';
import { skillItemHead } from './skill-item-head.js';
import { splitSkillLine } from './split-skill-list.js';
import { findTechMentions } from './tech-mentions.js';
import { wordCount } from './word-count.js';

const MAX_WORDS = 4;

export interface LineNames {
  label: string | null;
  names: string[];
}

// A technology named like a gerund ("Processing") heads a phrase of several words as its noun: "Async
// Processing", "Streaming & Processing" name a kind of work, not the language.
const GERUND = /^\p{L}{5,}ing$/iu;

/** An item that is no skill itself but names some ("Vue/React", "Experiência com PostgreSQL") gives those. */
function ownNames(item: string): string[] {
  if (isKnownSkill(item)) return [item];
  const several = wordCount(item) > 1;
  const named = findTechMentions(item, true).filter((name) => !(several && GERUND.test(name)));
  if (named.length > 0) return named;
  return KOREAN_SENTENCE_END.test(item) ? [] : [item];
}
// "Vue.js에서 JavaScript를 사용하였습니다": a Korean sentence (its polite ending) in a list is no name.
const KOREAN_SENTENCE_END = /(?:니다|어요|아요|해요|했다|한다)[.!]?$/;

/**
 * Which names of a line are skills. A known skill always is. In a list of short names ("Terraform,
 * declarative provisioning"), every name is, provided the line has a "Label:" or lists a known or
 * technical-looking name: so topics like "backpressure" stay searchable while "Payments, booking
 * engines" in an architecture list do not. A lone short item counts only when it looks technical
 * ("RESTful API design"). Sentences give the technologies they name ("Contêineres com Docker").
 */
export function skillLineNames(line: ContentLine): LineNames {
  // An intro line ("My ML work emphasizes:") or a first-person sentence lists nothing by itself.
  if (/:\s*$/.test(line.text) || /^(I|I’m|I'm|My|We|Our)\b/.test(line.text)) {
    return {
      label: null,
      names: [...splitSkillLine(line.text).names.filter(isKnownSkill), ...findTechMentions(line.text)],
    };
  }
  const split = splitSkillLine(line.text);
  const known = split.names.filter(isKnownSkill);
  // "R - Statistical analysis, data visualization", "Docker: containers for every service": a label that is
  // itself a skill, before words that mostly name none, is that skill and its description.
  const described =
    split.label !== null && known.length * 2 < split.names.length ? labelSkills(split.label) : null;
  if (described) return { label: null, names: [...described, ...findTechMentions(afterLabel(line.text))] };
  if (split.isList && (split.label || known.length > 0 || split.names.some(looksTechnical))) {
    return { label: split.label, names: split.names.flatMap(ownNames) };
  }
  if (split.names.length === 1) {
    const only = split.names[0]!;
    if (isKnownSkill(only)) return { label: split.label, names: ownNames(only) };
    // "Espresso for UI tests": the skill before its note, not the whole item.
    const head = skillItemHead(only);
    if (head) return { label: split.label, names: [head] };
    if (wordCount(only) <= MAX_WORDS && looksTechnical(only))
      return { label: split.label, names: ownNames(only) };
  }
  return { label: split.label, names: [...known, ...findTechMentions(line.text)] };
}

/** The skills a label names when each of its parts is one ("Python (Advanced)", "React.js, Next.js 14"), else null. */
function labelSkills(label: string): string[] | null {
  const names = splitSkillLine(label).names;
  return names.length > 0 && names.every(isKnownSkill) ? [...names] : null;
}

/** The text after a line's "Label:". */
const afterLabel = (text: string): string => text.slice(text.indexOf(':') + 1);

// A level or proficiency in a cell or after a dash is not part of the name ("Typescript for AWS CDK - Expert").
const LEVEL =
  /\s[-–—:]\s+(?:expert|advanced|proficient|intermediate|beginner|basic|good(?: enough)?|very good|fluent|native|learning|familiar|strong)\b/i;
/** The text before a level suffix, or all of it: the match is found once, the rest is cut in code. */
const withoutLevel = (text: string): string => {
  const level = LEVEL.exec(text);
  return level ? text.slice(0, level.index) : text;
};

const NOT_YET = /^(?:learning|to learn|planned|next|aprendiendo|aprendendo|en apprentissage|lerne ich)$/i;

// A cell of a grid of names: a few words that start with a capital ("Cryptography", "IoT & Sensors"),
// not a level or a note ("Expert", "3 years", "daily").
const GRID_NAME = /^\p{Lu}[\p{L}\p{N}.+#&/ -]{0,40}$/u;
const LEVEL_CELL =
  /^(?:expert|advanced|intermediate|beginner|basic|proficient|familiar|fluent|native|learning|improving|good|strong|daily|weekly|avanzado|intermedio|b[áa]sico|principiante|experto|avan[çc]ado|intermedi[áa]rio|iniciante|d[ée]butant|interm[ée]diaire|avanc[ée]|confirm[ée]|fortgeschritten|grundkenntnisse)$/i;

/** A headerless row of two or more cells that each hold one short capitalised name. */
function isNameGrid(line: ContentLine): boolean {
  const cells = (line.cells ?? []).map((c) => c.trim());
  if ((line.header ?? []).length > 0 || cells.length < 2) return false;
  return cells.every(
    (c) => GRID_NAME.test(c) && wordCount(c) <= MAX_WORDS && !LEVEL_CELL.test(c) && !/\d/.test(c),
  );
}

// Header cells of a column of notes about the skill of the first: a level, years, what it was used for.
const NOTE_COLUMN =
  /level|proficien|experience|years?\b|since|notes?\b|comments?|descri|details|rating|stars?\b|status|version|usage|used|purpose|why|how|projects?|link|url|source|score|confidence|nivel|niveau|erfahrung|jahre|años|anos|ans\b|%/i;

/**
 * "| Language | Zero-Knowledge | AI / ML |": a header of two or more short area names, each column listing
 * what the author uses in that area; every column is read as the first is.
 */
function byAreaColumns(header: readonly string[] | undefined): boolean {
  const cells = (header ?? []).map((c) => c.trim());
  return (
    cells.length >= 2 &&
    cells.every((c) => c !== '' && wordCount(c) <= MAX_WORDS && !/\d/.test(c) && !NOTE_COLUMN.test(c))
  );
}

// "codex-swarm": an unknown lowercase hyphenated slug in a category row is a repository's name, not a skill.
const REPO_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)+$/;
const isRepoSlug = (name: string): boolean => REPO_SLUG.test(name) && !isKnownSkill(name);

/** A table row: the first cell (or the second when the first column is a category) lists the names. */
export function skillRowNames(line: ContentLine): LineNames {
  const [first = '', second = ''] = line.cells ?? [];
  // "Erlang | Learning": a level that says not yet.
  if ((line.cells ?? []).slice(1).some((c) => NOT_YET.test(c.trim()))) return { label: null, names: [] };
  const byCategory = isCategoryRow(line.header, line.cells ?? []);
  if (byCategory) {
    // "| Computer Vision | Advanced | … |": a level in the second column rates the area, it names nothing.
    const listed = splitSkillLine(second).names.filter(
      (n) => wordCount(n) <= MAX_WORDS && !isRepoSlug(n) && !LEVEL_CELL.test(n),
    );
    return { label: first || null, names: listed };
  }
  // The first cell names skills as a list does; other cells (levels, notes, more columns of a grid) give
  // only what the vocabulary knows, unless the row is a headerless grid of names (each cell one).
  const names: string[] = [];
  const grid = isNameGrid(line) || byAreaColumns(line.header);
  (line.cells ?? [first]).forEach((cell, column) => {
    for (const part of cell.split('\n')) {
      const text = withoutLevel(part).trim();
      if (!text) continue;
      const split = splitSkillLine(text).names.filter((n) => wordCount(n) <= MAX_WORDS);
      const listed = column === 0 || grid ? split : split.filter(isKnownSkill);
      appendAll(names, listed.length > 0 ? listed : findTechMentions(text, true));
    }
  });
  return { label: null, names };
}

/**
 * Rows of the tables among the lines that are grids of technologies: most non-empty cells name one
 * (a repository table with a language column is not). Each cell gives the technologies it names.
 */
/** A sentence-long cell that is no list ("Optimize your Postgres with …"), unlike "Route53, S3, EC2, …". */
const isTitle = (cell: string): boolean => cell.split(/\s+/).length > 5 && !/[,、，;|•·]/.test(cell);

export function skillGridNames(
  lines: readonly ContentLine[],
): { text: string; line: number | null; names: string[] }[] {
  const tables = rowsByTable(lines);
  const out: { text: string; line: number | null; names: string[] }[] = [];
  for (const rows of tables.values()) {
    const cells = rows
      .flatMap((r) => r.cells ?? [])
      .flatMap((c) => c.split('\n'))
      .map((c) => withoutLevel(c).trim());
    const filled = cells.filter(Boolean);
    // A grid cell is short ("Docker", "React ⭐⭐⭐"); a sentence-long cell is a title ("Optimize your
    // Postgres with …"), and a table of titles is no grid of technologies.
    const named = filled.map((c) => (isKnownSkill(c) ? [c] : isTitle(c) ? [] : findTechMentions(c, true)));
    if (filled.length < 3 || named.filter((n) => n.length > 0).length < filled.length * 0.6) continue;
    for (const row of rows) {
      const names = (row.cells ?? [])
        .flatMap((c) => c.split('\n'))
        .flatMap((c) => {
          const text = withoutLevel(c).trim();
          return isKnownSkill(text) ? [text] : findTechMentions(text, true);
        });
      out.push({ text: row.text, line: row.line, names });
    }
  }
  return out;
}
