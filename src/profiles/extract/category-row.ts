// isCategoryRow: whether a skills-table row names a category in its first cell and the skills in its
// second — the header says so in one of several languages ("Category", "Bereich", "Categoría", "分類"),
// or the row itself is a short name beside a list ("| Sprachen | C, C++, Rust |"), whatever the header.

const CATEGORY_HEADER =
  /categor|area|área|domain|field|type|group|bereich|gebiet|kategorie|rubrique|tipo|分類|分类|类别|類別|领域|領域|分野|구분|분류|분야|영역/i;
// A middle dot separates too ("Go · Python · Shell"), but not the one of a single name.
const LIST_SEPARATOR = /[,;、，]|\s[·•]\s/;
/** A category is a few words ("Cloud & DevOps"), never a sentence. */
const MAX_CATEGORY_WORDS = 4;

export function isCategoryRow(header: readonly string[] | undefined, cells: readonly string[]): boolean {
  if (CATEGORY_HEADER.test(header?.[0] ?? '')) return true;
  if (cells.length !== 2) return false;
  const [first = '', second = ''] = cells.map((c) => c.trim());
  if (!first || LIST_SEPARATOR.test(first) || first.split(/\s+/).length > MAX_CATEGORY_WORDS) return false;
  return second.split(LIST_SEPARATOR).filter((part) => part.trim()).length >= 2;
}
