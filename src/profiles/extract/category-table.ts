// categoryTableRows: a table of "area | technologies" rows is a skills table under any heading, or none
// ("### 🛠️ Lo que uso todos los días" over "| Área | Tecnologías |", an HTML <table> of Category | Skills
// right under the intro): its header names a skills column, or most of what its rows list is known.
import { appendAll } from '../../text/append-all.js';
import type { ContentLine } from '../markdown/content-lines.js';
import { classifySection } from '../markdown/section-kinds.js';
import { isKnownSkill } from '../vocabulary/skill-aliases.js';
import { isCategoryRow } from './category-row.js';
import { rowsByTable } from './rows-by-table.js';
import { type LineNames, skillRowNames } from './skill-section-lines.js';
import { splitSkillLine } from './split-skill-list.js';
import { findTechMentions } from './tech-mentions.js';
import { wordCount } from './word-count.js';

export interface CategoryRow extends LineNames {
  text: string;
  line: number | null;
}

// A first column of employers, projects, roles or dates: a job or project table with a tech column, whose
// technologies belong to that job or project, not a claim of the author's skills.
const NOT_CATEGORY_HEADER =
  /compan|employer|client|project|proyecto|projet|projeto|projekt|repo|role|position|year|date|period|when|name|title|app|product|firma|empresa|cliente|rolle|año|jahr|année|ano\b/i;
// Rows of tools to talk and meet with (Zoom, LINE, Chatwork): everyday software, not skills.
const NOT_SKILL_ROW =
  /communicat|chat|messag|meeting|social|comunica|kommunikation|コミュニケーション|連絡|沟通|소통/i;
// Rows of what comes later ("Next", "Próximo", "Wishlist"): not yet the author's.
const NOT_YET_ROW = /\b(?:next|planned|soon|someday|wish|próxim|proxim|prochain|demnächst|nächst)/i;
/** A row label of everyday talking tools or of what comes later: its row lists none of the author's skills. */
export const rowClaimsNothing = (label: string, skip: (text: string) => boolean): boolean =>
  NOT_SKILL_ROW.test(label) || NOT_YET_ROW.test(label) || skip(label);
// "Amazon Linux3 等", "GitHub など": the Japanese and Chinese "etc." after the last item.
const ETC_AFTER = /(?:等|など)$/;
const named = (name: string): boolean => isKnownSkill(name) || findTechMentions(name, true).length > 0;

/** The header names a column of skills ("Skills", "Tecnologías", "Tools", "Stack", "Kenntnisse"). */
const namesSkills = (cell: string | undefined): boolean => !!cell && classifySection(cell) === 'skills';

/**
 * "| Name | Jiro |", "| Skill (Programming) | Go, Nim, Bash |": a table of key and value is a form, and a row
 * whose key names skills lists them as a "Skills: …" line would.
 */
function formRows(rows: readonly ContentLine[]): CategoryRow[] {
  const out: CategoryRow[] = [];
  for (const row of rows) {
    const [key = '', value = ''] = (row.cells ?? []).map((c) => c.trim());
    if (row.cells?.length !== 2 || !key || !value || wordCount(key) > 4 || !namesSkills(key)) continue;
    const names = splitSkillLine(value).names.filter((n) => wordCount(n) <= 4);
    if (names.length > 0) out.push({ label: key, names: [...names], text: row.text, line: row.line });
  }
  return out;
}

/**
 * The rows of each table among the lines whose rows are all "category | list" and that lists skills;
 * `skip` names row labels that never count (learning, interest).
 */
export function categoryTableRows(
  lines: readonly ContentLine[],
  skip: (text: string) => boolean,
): CategoryRow[] {
  const tables = rowsByTable(lines);
  const out: CategoryRow[] = [];
  for (const [header, rows] of tables) {
    if (rows.length < 2 || NOT_CATEGORY_HEADER.test(header[0] ?? '')) continue;
    const cells = rows.map((r) => (r.cells ?? []).map((c) => c.trim()));
    // Two columns (a third may hold a level or a note); every row a short category beside a list.
    if (cells.some((c) => c.length < 2 || c.length > 3 || !isCategoryRow(header, c.slice(0, 2)))) {
      appendAll(out, formRows(rows));
      continue;
    }
    const items = cells.flatMap((c) => splitSkillLine(c[1] ?? '').names);
    const known = items.filter(named).length;
    // A header that says "Skills" needs a couple of known names as a check; a bare table needs most.
    const listsSkills = namesSkills(header[1]) ? known >= 2 : known >= 3 && known * 2 >= items.length;
    if (!listsSkills) {
      appendAll(out, formRows(rows));
      continue;
    }
    rows.forEach((row, i) => {
      const first = cells[i]?.[0] ?? '';
      // A row of what the author is learning or plans next ("| Aprendiendo | Rust, Zig |") claims nothing.
      if (rowClaimsNothing(first, skip)) return;
      const { label, names } = skillRowNames({ ...row, header: ['category', ...header.slice(1)] });
      const bare = names.map((n) => n.replace(ETC_AFTER, '').trimEnd()).filter(Boolean);
      out.push({ label, names: bare, text: row.text, line: row.line });
    });
  }
  return out;
}
