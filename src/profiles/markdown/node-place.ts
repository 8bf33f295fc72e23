// at: the shared, frozen place (line, column 1) given to every mdast node built from markdown-it tokens.
type Place = { start: { line: number; column: number }; end: { line: number; column: number } };

/** Places are the same for every node on a line of any document, so the first few thousand lines' are kept. */
const PLACES: Place[] = [];
const KEPT_PLACES = 4096;

/**
 * A node's place: its line, column 1. Start and end share one point; nodes on one line share one place
 * (frozen: nothing changes a position after parsing, and a change would throw rather than move others).
 */
export function at(line: number): Place {
  const kept = PLACES[line];
  if (kept !== undefined) return kept;
  const point = Object.freeze({ line, column: 1 });
  const place = Object.freeze({ start: point, end: point });
  if (line >= 0 && line < KEPT_PLACES && Number.isInteger(line)) PLACES[line] = place;
  return place;
}
