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

const STAR = 42;
const UNDERSCORE = 95;

const DELIMITER_RUN = /[*_]+/g;

/**
 * Whether no block can pass a limit: few delimiters in the whole text and no long run. Runs are found by
 * the regex engine (4x faster than reading every character here); only a long run is read char by char.
 */
function clearlyWithinLimits(text: string): boolean {
  let delimiters = 0;
  DELIMITER_RUN.lastIndex = 0;
  for (let match = DELIMITER_RUN.exec(text); match !== null; match = DELIMITER_RUN.exec(text)) {
    const found = match[0];
    delimiters += found.length;
    if (delimiters > MAX_DELIMITERS_PER_BLOCK) return false;
    if (found.length <= MAX_RUN) continue;
    let run = 0;
    let previous = 0;
    for (let k = 0; k < found.length; k++) {
      const code = found.charCodeAt(k);
      run = code === previous ? run + 1 : 1;
      if (run > MAX_RUN) return false;
      previous = code;
    }
  }
  return true;
}

export function defuseEmphasis(text: string): Defused {
  if (clearlyWithinLimits(text)) return { text, lines: [] };
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
    let previous = 0;
    for (let k = 0; k < block.length; k++) {
      const code = block.charCodeAt(k);
      if (code === STAR || code === UNDERSCORE) {
        delimiters += 1;
        run = code === previous ? run + 1 : 1;
        if (run > longest) longest = run;
      } else run = 0;
      previous = code;
    }
    if (delimiters <= MAX_DELIMITERS_PER_BLOCK && longest <= MAX_RUN) return block;
    lines.push(start);
    return escapeDelimiters(block);
  });
  return lines.length > 0 ? { text: out.join(''), lines } : { text, lines };
}
