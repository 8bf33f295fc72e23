// memoize: caches a pure function of one short string. Headings and skill names repeat across thousands
// of profiles ("Experience", "📫 Contact", "Rust"), so folding and classifying them is done once per
// spelling. Bounded: long strings are not kept, and a full cache is emptied and starts again.

const MAX_KEY_LENGTH = 200;

export function memoize<R>(fn: (text: string) => R, maxEntries = 20_000): (text: string) => R {
  const cache = new Map<string, R>();
  return (text) => {
    if (text.length > MAX_KEY_LENGTH) return fn(text);
    // One lookup for a hit (the usual case); `has` only tells a cached undefined from a miss.
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as R;
    const result = fn(text);
    if (cache.size >= maxEntries) cache.clear();
    cache.set(text, result);
    return result;
  };
}
