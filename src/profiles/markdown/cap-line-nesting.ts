// capLineNesting: drops the container markers of one line past a depth limit ("- - - - … x", "> 1. > 1. …")
// before markdown-it sees them. Each list level re-reads the rest of the line (is it a "- - -" rule?) and
// recurses until the stack overflows: 500,000 "- " took 12.7 s, then the file was read as plain lines and
// lost its headings. Past the limit the tree is flattened to its text anyway (limitDepth), so the markers
// dropped here would never have shown.

const SPACE = 0x20;
const TAB = 0x09;
const isBlank = (c: number) => c === SPACE || c === TAB;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** One container marker at `i` (after blanks): where it ends and how many tree levels it opens, or null. */
function markerAt(text: string, i: number, end: number): { next: number; levels: number } | null {
  const c = text.charCodeAt(i);
  // ">": a quote needs no space after it, and is one level (blockquote).
  if (c === 0x3e) return { next: i + 1, levels: 1 };
  // A list item is two levels (list, listItem); its marker needs a space, a tab or the line's end after it.
  let j = i;
  if (c === 0x2d || c === 0x2a || c === 0x2b) j = i + 1;
  else if (isDigit(c)) {
    while (j < end && j - i < 9 && isDigit(text.charCodeAt(j))) j++;
    const delimiter = text.charCodeAt(j);
    if (j >= end || (delimiter !== 0x2e && delimiter !== 0x29)) return null;
    j++;
  } else return null;
  return j >= end || isBlank(text.charCodeAt(j)) ? { next: j, levels: 2 } : null;
}

/** A marker's kind: its character, with every ordered-list number one kind ("1." and "2)" alike). */
const kindAt = (text: string, i: number): number => (isDigit(text.charCodeAt(i)) ? 0x30 : text.charCodeAt(i));

/** `text` with each line's markers past `maxLevels` tree levels removed; the same string when none is. */
export function capLineNesting(text: string, maxLevels: number): string {
  const parts: string[] = [];
  let copied = 0;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // Each marker is at least one character: a shorter line cannot pass the limit.
    if (end - start > maxLevels) {
      let levels = 0;
      let cut = -1;
      let last = -1;
      // The last dropped marker of another kind than the line's last one ("-" vs ">"), with its end.
      let other = -1;
      let otherEnd = -1;
      let lastEnd = -1;
      let i = start;
      for (;;) {
        while (i < end && isBlank(text.charCodeAt(i))) i++;
        const marker = i < end ? markerAt(text, i, end) : null;
        if (!marker) break;
        levels += marker.levels;
        if (cut < 0 && levels > maxLevels) cut = i;
        if (cut >= 0 && last >= cut && kindAt(text, last) !== kindAt(text, i)) {
          other = last;
          otherEnd = lastEnd;
        }
        last = i;
        lastEnd = marker.next;
        i = marker.next;
      }
      // The line's last marker stays, and one dropped marker of another kind before it: without them a line
      // of markers only ("* * … * > " or "- - … - > - ") would be left as "* * *", a thematic break, instead
      // of the lists it was.
      if (cut >= 0 && last > cut) {
        parts.push(text.slice(copied, cut));
        if (other >= 0) parts.push(text.slice(other, otherEnd), ' ');
        copied = last;
      }
    }
    start = end + 1;
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}
