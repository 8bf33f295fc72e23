// rowsByTable: a section's table rows grouped by the table they belong to (rows of one table share its header).
import type { ContentLine } from '../markdown/content-lines.js';

/** The rows of each table among `lines`, in order, keyed by the table's header. */
export function rowsByTable(lines: readonly ContentLine[]): Map<readonly string[], ContentLine[]> {
  const tables = new Map<readonly string[], ContentLine[]>();
  for (const line of lines) {
    if (line.type !== 'row' || !line.header) continue;
    const rows = tables.get(line.header) ?? [];
    rows.push(line);
    tables.set(line.header, rows);
  }
  return tables;
}
