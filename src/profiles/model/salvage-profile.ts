// salvageProfile: a profile that fails validation only inside list items (an empty link, a JSON
// Resume job with blank fields) loses those items, each reported as a warning with its line, instead
// of the whole file being rejected; an issue outside any list still rejects (the caller says why).
import type { z } from 'zod';
import type { ParseWarning, Profile } from './profile.js';

type Path = readonly PropertyKey[];

/** The path of the innermost list item an issue points into, or null when it is outside every list. */
function itemPath(root: unknown, path: Path): Path | null {
  let node = root;
  let found: Path | null = null;
  for (let i = 0; i < path.length; i++) {
    if (node === null || typeof node !== 'object') break;
    if (Array.isArray(node) && typeof path[i] === 'number') found = path.slice(0, i + 1);
    node = (node as Record<PropertyKey, unknown>)[path[i]!];
  }
  return found;
}

function at(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) node = (node as Record<PropertyKey, unknown>)[key];
  return node;
}

/**
 * A copy of `candidate` without the list items the issues point into, and a warning for each, or null
 * when some issue is not inside a list item (then nothing can be dropped to make the profile valid).
 */
export function salvageProfile(
  candidate: Profile,
  issues: readonly z.core.$ZodIssue[],
): { profile: Profile; warnings: ParseWarning[] } | null {
  const copy = structuredClone(candidate);
  // Per list (by its path): the items to drop, each with the first reason given for it.
  const drops = new Map<string, { list: unknown[]; reasons: Map<number, string> }>();
  for (const issue of issues) {
    const path = itemPath(copy, issue.path);
    if (!path) return null;
    const listPath = path.slice(0, -1);
    const where = listPath.join('.');
    const entry = drops.get(where) ?? { list: at(copy, listPath) as unknown[], reasons: new Map() };
    const index = path[path.length - 1] as number;
    const field = issue.path.slice(path.length).join('.');
    if (!entry.reasons.has(index))
      entry.reasons.set(index, field ? `${field}: ${issue.message}` : issue.message);
    drops.set(where, entry);
  }
  const warnings: ParseWarning[] = [];
  for (const [where, { list, reasons }] of drops) {
    const indexes = [...reasons.keys()].sort((a, b) => a - b);
    for (const index of indexes) {
      const item = list[index] as { line?: unknown } | undefined;
      const line = item && typeof item.line === 'number' ? item.line : null;
      warnings.push({
        code: 'dropped-invalid-item',
        message: `left out ${where} item ${index + 1} (${reasons.get(index)})`,
        line,
      });
    }
    // In place, in one pass (a splice per item was quadratic in the items dropped). Lists are separate
    // arrays: compacting one never moves an item of another.
    let kept = 0;
    for (let i = 0; i < list.length; i++) if (!reasons.has(i)) list[kept++] = list[i];
    list.length = kept;
  }
  return { profile: copy, warnings };
}
