// htmlRoom: bounds the HTML tags one file's block HTML may hold, so the elements the HTML parsers build
// (parse5's tree, then hast, then mdast) are bounded by a count, not by the file's bytes: 1 MB of `<li>`
// or `<div>` in one HTML block made 200,000 elements and peaked at ~700 MB. Past the cap the rest of the
// file's block HTML is not read, and the parse says so (content-cut), as past the markdown token cap.

/**
 * Tags (and comments) one file's block HTML may hold: ~60x the most seen in a real profile (344, a
 * 12 KB README of badges); each costs a few kilobytes through the three trees.
 */
export const MAX_HTML_TAGS = 20_000;

/** What one parse's HTML has used of the cap, and whether anything was left unread. */
export interface HtmlBudget {
  tags: number;
  cut: boolean;
}

export const newHtmlBudget = (): HtmlBudget => ({ tags: 0, cut: false });

/** A "<" that opens a tag, an end tag, a comment or a declaration (what can make a node). */
function opensMarkup(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) || // a-z
    (code >= 0x41 && code <= 0x5a) || // A-Z
    code === 0x2f || // /
    code === 0x21 || // !
    code === 0x3f // ?
  );
}

/** The part of one HTML block the cap has room for (cut before the first tag past it); counts its tags. */
export function htmlRoom(html: string, budget: HtmlBudget): string {
  for (let at = html.indexOf('<'); at !== -1; at = html.indexOf('<', at + 1)) {
    if (!opensMarkup(html.charCodeAt(at + 1))) continue;
    if (budget.tags >= MAX_HTML_TAGS) {
      budget.cut = true;
      return html.slice(0, at);
    }
    budget.tags++;
  }
  return html;
}
