// Job tables: rows of a table whose header names a role, employer or period column, in the languages
// profiles are written in ("| Company | Role | Years |", "| Empresa | Cargo | Período |", "| 公司 | 职位 | 时间 |").
import { type ContentLine, contentLines } from '../markdown/content-lines.js';
import type { DocSection } from '../markdown/source-document.js';
import type { Experience } from '../model/profile.js';

const ROLE =
  'role|title|position|puesto|poste|rolle|cargo|(?<![a-z])(?:fun[çc][ãa]o|fonction|ruolo|posizione|functie|stanowisko|funkcja|pozisyon|unvan)(?![a-z])|должность|роль|职位|職位|岗位|角色|役職|職種|직책|직무|직위';
const ORG =
  'company|organi[sz]ation|employer|empresa|entreprise|firma|unternehmen|arbeitgeber|(?<![a-z])(?:azienda|societ[àa]|bedrijf|werkgever|organisatie|pracodawca|[şs]irket|kurum)(?![a-z])|компания|организация|работодатель|公司|单位|單位|企业|企業|会社|社名|企業名|勤務先|회사|직장';
const PERIOD =
  'period|year|when|duration|periodo|période|zeitraum|período|(?<![a-z])(?:jahre|años|anos|anni|periode|jaren|okres|lata|tarih)(?![a-z])|период|годы|时间|時間|期间|期間|年份|기간|재직';

const START = '^(?:from|start|started|since|joined|von|desde|de|début|inicio|início|dal|入社|入职|입사)$';
const END = '^(?:to|end|ended|until|left|bis|hasta|até|fin|fim|al|退社|离职|離職|퇴사)$';
const START_CELL = new RegExp(START, 'i');
const END_CELL = new RegExp(END, 'i');

/** A table is a job list only when its header names a role, employer or period column (not packages). */
const JOB_COLUMN = new RegExp(`${ROLE}|${ORG}|client|${PERIOD}|date|${START}`, 'i');
const TITLE_CELL = new RegExp(ROLE, 'i');
const ORG_CELL = new RegExp(`${ORG}|client`, 'i');
const PERIOD_CELL = new RegExp(`${PERIOD}|date|time`, 'i');
const ORG_COLUMN = new RegExp(ORG, 'i');
const ROLE_OR_PERIOD_COLUMN = new RegExp(`${ROLE}|${PERIOD}|dates?|${START}`, 'i');

/** Whether a row's table header names a job column. */
export const isJobRow = (line: ContentLine): boolean => (line.header ?? []).some((h) => JOB_COLUMN.test(h));

export function fromTableRow(line: ContentLine): Experience {
  const header = (line.header ?? []).map((h) => h.toLowerCase());
  const cell = (pattern: RegExp) => {
    const i = header.findIndex((h) => pattern.test(h));
    return i >= 0 ? line.cells?.[i]?.trim() || null : null;
  };
  // "| 入社 | 退社 | 社名 |", "| From | To | Company |": a column for each end of the period, joined.
  const from = cell(START_CELL);
  const to = from === null ? null : cell(END_CELL);
  return {
    text: line.text,
    title: cell(TITLE_CELL),
    organization: cell(ORG_CELL),
    period: from !== null ? `${from} – ${to ?? 'present'}` : cell(PERIOD_CELL),
    highlights: [],
    line: line.line,
  };
}

/**
 * No experience heading, but a table under a bold "**Work**" line whose header names a company column
 * and a role or period column ("| Company | Role | Years |"): a job list wherever it stands.
 */
export function jobTables(
  sections: readonly DocSection[],
  notJobs: ReadonlySet<string>,
  out: Experience[],
): void {
  for (const section of sections) {
    if (notJobs.has(section.kind) || !section.blocks.some((b) => b.type === 'table')) continue;
    for (const line of contentLines(section.blocks)) {
      const header = line.type === 'row' ? (line.header ?? []) : [];
      if (header.some((h) => ORG_COLUMN.test(h)) && header.some((h) => ROLE_OR_PERIOD_COLUMN.test(h)))
        out.push(fromTableRow(line));
    }
  }
}

/** A cell that is only dates ("2021 - Present", "Jan 2019 – Mar 2021"). */
function periodCell(cell: string, period: (text: string) => string | null): string | null {
  return cell.length <= 40 ? period(cell) : null;
}

/**
 * A row of an experience section's table with no header to name its columns (an HTML résumé's
 * `<tr><td><b>Engineer</b></td><td>Acme</td><td>2021 - Present</td></tr>`): the cell with a role word is the
 * title, the cell of dates the period, and a short other cell the employer. Null when no cell is a role.
 */
export function fromUnlabelledRow(
  line: ContentLine,
  isRole: (text: string) => boolean,
  period: (text: string) => string | null,
): Experience | null {
  const cells = (line.cells ?? []).map((c) => c.trim()).filter(Boolean);
  if (cells.length < 2 || cells.length > 5) return null;
  const dates = cells.find((c) => periodCell(c, period) !== null) ?? null;
  const title = cells.find((c) => c !== dates && c.length <= 60 && isRole(c)) ?? null;
  const organization =
    cells.find(
      (c) => c !== dates && c !== title && c.length <= 60 && c.split(/\s+/).length <= 6 && !isRole(c),
    ) ?? null;
  if (title === null || organization === null) return null;
  return {
    text: line.text,
    title,
    organization,
    period: dates === null ? null : period(dates),
    highlights: [],
    line: line.line,
  };
}
