// defuseEmphasis: escapes `*` and `_` in pathological paragraphs before the markdown parser sees them. Its emphasis
// matching is quadratic in unmatched delimiters: 50 000 stars in one paragraph take minutes, and one such
// file would freeze the bot. Real profiles stay far below the limits, so they are never touched.

/** Delimiters allowed in one blank-line-separated block before they are read as plain characters. */
const MAX_DELIMITERS_PER_BLOCK = 256;
/** A longer run of one delimiter is never emphasis in practice (`***bold italic***` is 3). */
const MAX_RUN = 64;

export interface Defused {
  text: string;
  /** 1-based first lines of the blocks that were escaped. */
  lines: number[];
}

function escapeDelimiters(block: string): string {
  return block.replace(/(?<!\\)(\\*)([*_])/g, (match, slashes: string, char: string) =>
    slashes.length % 2 === 1 ? match : `${slashes}\\${char}`,
  );
}

export function defuseEmphasis(text: string): Defused {
  if (!/[*_]/.test(text)) return { text, lines: [] };
  const blocks = text.split(/(\n[ \t]*\n)/);
  const lines: number[] = [];
  let line = 1;
  const out = blocks.map((block, i) => {
    const start = line;
    line += block.split('\n').length - 1;
    if (i % 2 === 1) return block;
    let delimiters = 0;
    let run = 0;
    let longest = 0;
    let previous = '';
    for (const char of block) {
      if (char === '*' || char === '_') {
        delimiters += 1;
        run = char === previous ? run + 1 : 1;
        if (run > longest) longest = run;
      } else run = 0;
      previous = char;
    }
    if (delimiters <= MAX_DELIMITERS_PER_BLOCK && longest <= MAX_RUN) return block;
    lines.push(start);
    return escapeDelimiters(block);
  });
  return lines.length > 0 ? { text: out.join(''), lines } : { text, lines };
}
