// mapLimit: an async map with at most `limit` calls in flight, results in input order. Reading a folder
// of thousands of files (start-up, or a git pull changing them all) must not hit EMFILE.
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const at = next++;
      results[at] = await fn(items[at]!, at);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Files open at once while loading or reloading profiles. */
export const OPEN_FILES = 16;
