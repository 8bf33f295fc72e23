// loadProfileFiles: reads and parses some entries of a profile folder (the only place that reads profile
// files from disk). An entry whose real path another entry of the same list already has (two links to one
// file, or a link and its target) is read once, under the first name in sorted order.
import { DEFAULT_MAX_BYTES, tooLargeReason } from '../decode/decode.js';
import { readRegularFile } from '../decode/read-regular-file.js';
import type { ParseResult } from '../model/parse-result.js';
import type { Profile } from '../model/profile.js';
import { busyElsewhere, type CpuWindow, openCpuWindow } from './busy-cores.js';
import type { FileOutcome, LoadOptions, ParseMany } from './load-options.js';
import { mapLimit, OPEN_FILES } from './map-limit.js';
import { ASYNC_FS, BLOCKING_FS } from './profile-fs.js';
import { resolveProfileFile } from './resolve-profile-file.js';
import { MAIN_THREAD_MAX_BYTES } from './start-budget.js';
import { type Measured, waitForQuiet } from './wait-for-quiet.js';

type Candidate = Measured & { name: string };

/** File-name order: the one settle() gives, made total. */
export const compareNames = (a: string, b: string) => a.localeCompare(b) || (a < b ? -1 : a > b ? 1 : 0);

/** The loader's own refusals (too large, unreadable, a duplicate id), shaped as the parser's. */
export function rejection(file: string, why: string): ParseResult {
  return { ok: false, rejected: { file, line: null, reason: why } };
}

// The parser (markdown-it, parse5, zod schemas: most of the code) loads on the first file the cache does
// not have, so a start served wholly from the parse cache never loads it.
let parser: Promise<typeof import('../parse-profile.js')> | null = null;
export const loadParser = () => {
  parser ??= import('../parse-profile.js');
  return parser;
};

/** Parses in worker threads too, as many as the cores other processes left idle since `window` opened. */
const parseInWorkerThreads =
  (window: CpuWindow | null): ParseMany =>
  async (files, maxBytes) => {
    const [{ parseProfile }, { parseInWorkers }] = await Promise.all([
      loadParser(),
      import('./parse-in-workers.js'),
    ]);
    return parseInWorkers(files, maxBytes, parseProfile, { busyShare: busyElsewhere(window) });
  };

/** A file read but not parsed yet: parsed with the others, elsewhere, and then stored. */
interface Unparsed {
  outcome: FileOutcome & { state: 'read' };
  bytes: Uint8Array;
  store?: (profile: Profile) => void;
}

/** Files read but parsed together afterwards: `many` by parseMany (null: parsed here), `isolated` by isolate. */
interface Later {
  many: Unparsed[] | null;
  isolated: Unparsed[];
}

async function readAndParse(
  root: string,
  file: Candidate,
  options: LoadOptions & { maxBytes: number; measuredAt: number },
  queues: Later,
): Promise<FileOutcome> {
  const { name, path: real } = file;
  const { maxBytes, cache } = options;
  // Stamped as it is now when last read: served without opening it (file-stamps.ts).
  const unchanged = cache?.unchanged(name, file.stats);
  if (unchanged) return { name, state: 'read', result: { ok: true, profile: unchanged }, real };
  const expect = options.settleMs ? file.stats : undefined;
  const fs = options.blocking ? BLOCKING_FS : ASYNC_FS;
  const got = await readRegularFile(real, { root, maxBytes, expect, fs });
  if (got.kind === 'changed') return { name, state: 'changing', real };
  if (got.kind === 'refused') return { name, state: 'read', result: rejection(name, got.reason), real };
  const cached = cache?.entry(name, got.bytes, { stats: file.stats, at: options.measuredAt });
  if (cached?.profile) return { name, state: 'read', result: { ok: true, profile: cached.profile }, real };
  const later = options.isolate && got.bytes.length > MAIN_THREAD_MAX_BYTES ? queues.isolated : queues.many;
  if (later) {
    const outcome = { name, state: 'read' as const, result: rejection(name, 'not parsed'), real };
    later.push({ outcome, bytes: got.bytes, ...(cached && { store: cached.store }) });
    return outcome;
  }
  const { budget } = options;
  if (budget && !budget.admits(got.bytes.length)) return { name, state: 'deferred', real };
  const { parseProfile } = await loadParser();
  const since = budget?.now() ?? 0;
  const result = parseProfile(got.bytes, name, { maxBytes });
  budget?.spend(since);
  if (result.ok) cached?.store(result.profile);
  return { name, state: 'read', result, real };
}

/**
 * Reads and parses some entries of the folder whose real path is `root` (fs.realpath of the folder).
 * Never throws: an unreadable file is a rejection saying why.
 */
export async function loadProfileFiles(
  root: string,
  names: readonly string[],
  options: LoadOptions = {},
): Promise<FileOutcome[]> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const settleMs = options.settleMs ?? 0;
  const fs = options.blocking ? BLOCKING_FS : ASYNC_FS;
  // Reading the folder is the while over which other processes' use of the cores is measured.
  const window = options.workers && !options.parseMany ? openCpuWindow() : null;
  // Before any file is measured: a file's stamp needs its last change to be well before this.
  const measuredAt = options.cache?.now() ?? 0;
  const found = await mapLimit(names, OPEN_FILES, (name) => resolveProfileFile(root, name, fs));
  const outcomes: FileOutcome[] = [];
  const candidates: Candidate[] = [];
  // Which name holds each real path: the first in name order, whatever order the folder listed them in.
  const firstAt = new Map<string, string>();
  const order = names.map((_, i) => i).sort((a, b) => compareNames(names[a]!, names[b]!));
  for (const i of order) {
    const name = names[i]!;
    const at = found[i]!;
    if (at.kind === 'missing') outcomes.push({ name, state: 'missing', link: at.link });
    else if (at.kind === 'refused')
      outcomes.push({ name, state: 'read', result: rejection(name, at.reason) });
    else if (firstAt.has(at.path))
      outcomes.push({ name, state: 'duplicate', of: firstAt.get(at.path)!, real: at.path });
    else if (at.stats.size > maxBytes) {
      firstAt.set(at.path, name);
      const result = rejection(name, tooLargeReason(at.stats.size, maxBytes));
      outcomes.push({ name, state: 'read', result, real: at.path });
    } else {
      firstAt.set(at.path, name);
      candidates.push({ name, path: at.path, stats: at.stats });
    }
  }
  const { quiet, changing } =
    settleMs > 0 ? await waitForQuiet(candidates, settleMs) : { quiet: candidates, changing: [] };
  for (const { name, path } of changing) outcomes.push({ name, state: 'changing', real: path });
  const parseMany = options.parseMany ?? (options.workers ? parseInWorkerThreads(window) : undefined);
  const queues: Later = { many: parseMany ? [] : null, isolated: [] };
  const read = await mapLimit(quiet, OPEN_FILES, (file) =>
    readAndParse(root, file, { ...options, maxBytes, measuredAt }, queues),
  );
  if (parseMany && queues.many) await parseLater(queues.many, parseMany, maxBytes);
  if (options.isolate) await parseLater(queues.isolated, options.isolate, maxBytes);
  return [...outcomes, ...read];
}

/** Parses the files held back with `parse`, settling each one's outcome and storing it in the cache. */
async function parseLater(later: Unparsed[], parse: ParseMany, maxBytes: number): Promise<void> {
  if (later.length === 0) return;
  const files = later.map((file) => ({ name: file.outcome.name, bytes: file.bytes }));
  const results = await parse(files, maxBytes);
  later.forEach((file, i) => {
    const result = results[i]!;
    file.outcome.result = result;
    if (result.ok) file.store?.(result.profile);
  });
}
