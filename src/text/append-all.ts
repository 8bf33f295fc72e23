// appendAll: `target.push(...items)` without the spread, whose arguments go on the call stack: a hostile
// file with ~100,000 inline tags or links on one line made the spread throw "Maximum call stack size exceeded".
export function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}
