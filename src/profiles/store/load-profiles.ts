// loadProfiles: the only place that reads profile files from disk. Every *.md, *.markdown and *.json in the
// folder (dotfiles skipped) whose real path stays inside the folder and which is a regular file; oversized
// files are rejected from their size alone, and files still being written are held back until they settle.
import { DEFAULT_MAX_BYTES, tooLargeReason } from '../decode/decode.js';
import { readRegularFile } from '../decode/read-regular-file.js';
import type { ParseResult } from '../model/parse-result.js';
import type { Profile, RejectedFile } from '../model/profile.js';
import { mapLimit, OPEN_FILES } from './map-limit.js';
import type { ParseCache } from './parse-cache.js';
import { ASYNC_FS, BLOCKING_FS } from './profile-fs.js';
import { isProfileFile, resolveProfileFile } from './resolve-profile-file.js';
import { type Measured, waitForQuiet } from './wait-for-quiet.js';

// Defined beside the link checks, which need it; exported here, where callers look for it.
export { isProfileFile };

export interface LoadOptions {
  maxBytes?: number;
  /** Parsed profiles from an earlier run, by content (PROFILES_CACHE_FILE). */
  cache?: ParseCache;
  /**
   * Settle time: a file changed less than this long ago is read only if it stays unchanged until then,
   * and only if it did not change while being read; otherwise it is 'changing'. 0 (default): read as is.
   */
  settleMs?: number;
  /**
   * Read with blocking calls: for a one-off load (`ask`, `profiles check`) where nothing else waits, they
   * cost a fraction of the promise API's CPU. A server keeps the default, asynchronous reads.
   */
  blocking?: boolean;
  /**
   * Parse the files the cache lacks on the machine's other cores too (worker threads), once there are
   * enough of them to pay for the workers' start: for a one-off load of a large folder.
   */
  workers?: boolean;
}

export interface LoadResult {
  profiles: Profile[];
  rejected: RejectedFile[];
}

export interface FolderLoad extends LoadResult {
  /** Files held back because they were still being written (also in `rejected`), for a watcher to retry. */
  changing: string[];
}

/** One file's outcome: parsed (or rejected with a reason), gone, or still being written. */
export type FileOutcome =
  | { name: string; state: 'read'; result: ParseResult }
  | { name: string; state: 'missing'; link: boolean }
  | { name: string; state: 'changing' };

export const stillChangingReason = (settleMs: number) =>
  `still being written (changed within ${settleMs} ms); read once it stops changing`;

type Candidate = Measured & { name: string };

/** The loader's own refusals (too large, unreadable, a duplicate id), shaped as the parser's. */
function rejection(file: string, why: string): ParseResult {
  return { ok: false, rejected: { file, line: null, reason: why } };
}

// The parser (markdown-it, parse5, zod schemas: most of the code) loads on the first file the cache does
// not have, so a start served wholly from the parse cache never loads it.
let parser: Promise<typeof import('../parse-profile.js')> | null = null;
const loadParser = () => {
  parser ??= import('../parse-profile.js');
  return parser;
};

/** A file read but not parsed yet: parsed with the others, in worker threads, and then stored. */
interface Unparsed {
  outcome: FileOutcome & { state: 'read' };
  bytes: Uint8Array;
  store?: (profile: Profile) => void;
}

async function readAndParse(
  root: string,
  file: Candidate,
  options: LoadOptions & { maxBytes: number },
  later: Unparsed[] | null,
): Promise<FileOutcome> {
  const { name } = file;
  const { maxBytes, cache } = options;
  const expect = options.settleMs ? file.stats : undefined;
  const fs = options.blocking ? BLOCKING_FS : ASYNC_FS;
  const got = await readRegularFile(file.path, { root, maxBytes, expect, fs });
  if (got.kind === 'changed') return { name, state: 'changing' };
  if (got.kind === 'refused') return { name, state: 'read', result: rejection(name, got.reason) };
  const cached = cache?.entry(name, got.bytes);
  if (cached?.profile) return { name, state: 'read', result: { ok: true, profile: cached.profile } };
  if (later) {
    const outcome = { name, state: 'read' as const, result: rejection(name, 'not parsed') };
    later.push({ outcome, bytes: got.bytes, ...(cached && { store: cached.store }) });
    return outcome;
  }
  const { parseProfile } = await loadParser();
  const result = parseProfile(got.bytes, name, { maxBytes });
  if (result.ok) cached?.store(result.profile);
  return { name, state: 'read', result };
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
  const found = await mapLimit(names, OPEN_FILES, (name) => resolveProfileFile(root, name, fs));
  const outcomes: FileOutcome[] = [];
  const candidates: Candidate[] = [];
  found.forEach((at, i) => {
    const name = names[i]!;
    if (at.kind === 'missing') outcomes.push({ name, state: 'missing', link: at.link });
    else if (at.kind === 'refused')
      outcomes.push({ name, state: 'read', result: rejection(name, at.reason) });
    else if (at.stats.size > maxBytes)
      outcomes.push({
        name,
        state: 'read',
        result: rejection(name, tooLargeReason(at.stats.size, maxBytes)),
      });
    else candidates.push({ name, path: at.path, stats: at.stats });
  });
  const { quiet, changing } =
    settleMs > 0 ? await waitForQuiet(candidates, settleMs) : { quiet: candidates, changing: [] };
  for (const { name } of changing) outcomes.push({ name, state: 'changing' });
  const later: Unparsed[] | null = options.workers ? [] : null;
  const read = await mapLimit(quiet, OPEN_FILES, (file) =>
    readAndParse(root, file, { ...options, maxBytes }, later),
  );
  if (later && later.length > 0) {
    const [{ parseProfile }, { parseInWorkers }] = await Promise.all([
      loadParser(),
      import('./parse-in-workers.js'),
    ]);
    const files = later.map((file) => ({ name: file.outcome.name, bytes: file.bytes }));
    const results = await parseInWorkers(files, maxBytes, parseProfile);
    later.forEach((file, i) => {
      const result = results[i]!;
      file.outcome.result = result;
      if (result.ok) file.store?.(result.profile);
    });
  }
  return [...outcomes, ...read];
}

/** Sorts results and rejects the second (in file-name order) of two files claiming the same id. */
export function settle(results: ParseResult[]): LoadResult {
  const sorted = [...results].sort((a, b) => fileOf(a).localeCompare(fileOf(b)));
  const byId = new Map<string, Profile>();
  const rejected: RejectedFile[] = [];
  for (const result of sorted) {
    if (!result.ok) {
      rejected.push(result.rejected);
      continue;
    }
    const first = byId.get(result.profile.id);
    if (first) {
      const dup = rejection(
        result.profile.file,
        `id "${result.profile.id}" is already used by ${first.file}`,
      );
      if (!dup.ok) rejected.push(dup.rejected);
    } else byId.set(result.profile.id, result.profile);
  }
  const profiles = [...byId.values()].sort(
    (a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
  );
  return { profiles, rejected };
}

function fileOf(result: ParseResult): string {
  return result.ok ? result.profile.file : result.rejected.file;
}

export class ProfilesDirError extends Error {
  override name = 'ProfilesDirError';
}

/** Loads the folder. A missing or unreadable folder throws ProfilesDirError with a message saying what to fix. */
export async function loadProfiles(dir: string, options: LoadOptions = {}): Promise<FolderLoad> {
  let root: string;
  let names: string[];
  try {
    // Files are checked against the folder's real path, so the folder itself may be a link.
    const fs = options.blocking ? BLOCKING_FS : ASYNC_FS;
    root = await fs.realpath(dir);
    names = await fs.readdir(root);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'does not exist'
        : code === 'ENOTDIR'
          ? 'is not a folder'
          : `could not be read (${code ?? String(error)})`;
    throw new ProfilesDirError(`profiles folder "${dir}" ${why}; set PROFILES_DIR or pass --profiles DIR`);
  }
  const outcomes = await loadProfileFiles(root, names.filter(isProfileFile), options);
  const results: ParseResult[] = [];
  const changing: string[] = [];
  for (const outcome of outcomes) {
    if (outcome.state === 'read') results.push(outcome.result);
    else if (outcome.state === 'changing') {
      changing.push(outcome.name);
      results.push(rejection(outcome.name, stillChangingReason(options.settleMs ?? 0)));
    } else if (outcome.link) results.push(rejection(outcome.name, 'links to a file that does not exist'));
  }
  return { ...settle(results), changing: changing.sort() };
}
