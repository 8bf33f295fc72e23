// capTokens: bounds the tokens markdown-it makes for one file, so a hostile file's memory is bounded by a
// count, not by its bytes (1 MB of table rows, list items or headings made ~1.3 million tokens and
// ~700 MB at peak). Past the cap the rest of the file is not read, and the parse says so (env.cut).
import type MarkdownIt from 'markdown-it';
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';

/**
 * Block tokens, and inline tokens, one file may make: ~40x the largest real profile seen (2,300 block
 * and 1,700 inline tokens, a 39 KB README); each token and its tree node cost a few hundred bytes.
 */
export const MAX_BLOCK_TOKENS = 100_000;
export const MAX_INLINE_TOKENS = 100_000;

/** What one parse's env carries for the cap: inline tokens made so far, and whether anything was left. */
export interface CapEnv {
  inlineTokens?: number;
  cut?: boolean;
}

type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean;

/** Columns of a table whose delimiter row is `line` (its pipes, plus one): what a row's tokens scale with. */
function columnsAt(state: StateBlock, line: number): number {
  let pipes = 0;
  for (let i = state.bMarks[line]! + state.tShift[line]!; i < state.eMarks[line]!; i++)
    if (state.src.charCodeAt(i) === 0x7c) pipes++;
  return pipes + 1;
}

export function capTokens(md: MarkdownIt): void {
  // Tried before any other block rule: once the cap is reached, the rest of the container is skipped, as
  // markdown-it skips content past its nesting limit; the containers still open are closed as usual.
  md.block.ruler.before('table', 'token_cap', ((state, _start, endLine, silent) => {
    if (state.tokens.length < MAX_BLOCK_TOKENS) return false;
    if (silent) return false;
    state.line = endLine;
    (state.env as CapEnv).cut = true;
    return true;
  }) as BlockRule);
  // One table makes all its rows' tokens in one go: it gets only the rows the cap has room for; the
  // rows after them read as a paragraph (whose inline tokens are capped too).
  // (markdown-it keeps its rules in __rules__; the table rule is not exported on its own.)
  const rules = md.block.ruler as unknown as { __rules__: { name: string; fn: BlockRule; alt: string[] }[] };
  const table = rules.__rules__.find((rule) => rule.name === 'table')!;
  const tableRule = table.fn;
  md.block.ruler.at(
    'table',
    ((state, startLine, endLine, silent) => {
      if (startLine + 2 > endLine) return false;
      const room = MAX_BLOCK_TOKENS - state.tokens.length;
      const last = startLine + 2 + Math.max(0, Math.floor(room / (3 * columnsAt(state, startLine + 1) + 2)));
      if (last >= endLine) return tableRule(state, startLine, endLine, silent);
      const found = tableRule(state, startLine, last, silent);
      // Rows up to the limit: the table may go on past it.
      if (found && !silent && state.line >= last) (state.env as CapEnv).cut = true;
      return found;
    }) as BlockRule,
    { alt: [...table.alt] },
  );
}

/**
 * The part of one inline run the cap has room for (every inline token takes at least one character of
 * it, so as many characters as tokens are left); counts what it lets through.
 */
export function inlineRoom(text: string, env: CapEnv): string {
  const room = MAX_INLINE_TOKENS - (env.inlineTokens ?? 0);
  const kept = room >= text.length ? text : text.slice(0, Math.max(0, room));
  if (kept.length < text.length) env.cut = true;
  return kept;
}

/** Counts the inline tokens one run made. */
export function countInline(env: CapEnv, made: number): void {
  env.inlineTokens = (env.inlineTokens ?? 0) + made;
}
