// readCacheEntries: the entries of a parse cache file (parse-cache.ts describes its lines), trusted only
// once the line after them has vouched for every one: otherwise it throws, saying what is wrong with it.
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { type EntryBytes, entryBytes } from './cache-entry.js';
import { readCacheLines } from './cache-lines.js';
import { type FileStamp, readStampsLine, STAMPS } from './file-stamps.js';

/** The kept index's line, still as text: decoded only when the profiles it was built from are all there. */
export interface KeptIndexLine {
  /** The key of the entries it was built from, in order. */
  of: string;
  sum: string;
  json: string;
}

/** What follows the entries: the file stamps and the kept index, each null when there is none. */
export interface CacheExtras {
  /** Undefined when the line was there but damaged or edited (every file is then read and hashed). */
  stamps: Map<string, FileStamp> | null | undefined;
  index: KeptIndexLine | null;
}

/** A cache that could not be used, with the reason to report. */
export class UnusableCache extends Error {
  override name = 'UnusableCache';
}

const VERSION_PROBLEM = 'written by another version of the parser; starting afresh';

/**
 * Whether the file starts with `version` and a newline. Read on its own first: the header is checked once
 * its line is whole, and a file with no newline (another file swapped in) was read to its end for that,
 * in blocks doubled to hold the line (300 MB took 6 s and 900 MB of memory).
 */
async function startsWithVersion(path: string, version: string): Promise<boolean> {
  const expected = Buffer.from(`${version}\n`);
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(expected.length);
    const { bytesRead } = await file.read(head, 0, head.length, 0);
    return bytesRead === 0 || head.equals(expected);
  } finally {
    await file.close();
  }
}

const startsWith = (bytes: Buffer, start: number, end: number, prefix: string) =>
  end - start >= prefix.length && bytes.toString('latin1', start, start + prefix.length) === prefix;

/**
 * Adds every entry of the cache at `path` (written by `version`) to `into`, by key, and returns its file
 * stamps and kept index line, if any. An empty file has none; a missing one throws ENOENT. `block`: the
 * bytes read at a time (tests: small, so entries straddle blocks).
 */
export async function readCacheEntries(
  path: string,
  version: string,
  into: Map<string, EntryBytes>,
  block?: number,
): Promise<CacheExtras> {
  // Changed in the callback: typed so the checks after it do not take it for still 'header'.
  let state = 'header' as 'header' | 'entries' | 'ended' | 'stamps' | 'index';
  let stamps: CacheExtras['stamps'] = null;
  const sum = createHash('sha256');
  let problem: string | null = null;
  let index: KeptIndexLine | null = null;
  // Entry lines lie back to back in the blocks they were read into: hashed a run of them at a time.
  let run: { bytes: Buffer; start: number; end: number } | null = null;
  const hashRun = () => {
    if (run) sum.update(run.bytes.subarray(run.start, run.end));
    run = null;
  };
  const visit = (bytes: Buffer, start: number, end: number, complete: boolean) => {
    if (state === 'header') {
      if (!complete || bytes.toString('utf8', start, end) !== version) problem = VERSION_PROBLEM;
      state = 'entries';
    } else if (state === 'entries' && startsWith(bytes, start, end, 'end\t')) {
      const line = bytes.toString('latin1', start, end);
      hashRun();
      if (!complete || line !== `end\t${sum.digest('hex')}\t${into.size}`)
        problem = 'damaged: its checksum does not match';
      state = 'ended';
    } else if (state === 'entries') {
      const entry = complete ? entryBytes(bytes, start, end) : null;
      if (!entry)
        problem = complete ? `entry ${into.size + 1} is not an entry` : 'cut short: it has no end line';
      else {
        if (run?.bytes === bytes && run.end === start) run.end = end + 1;
        else {
          hashRun();
          run = { bytes, start, end: end + 1 };
        }
        into.set(bytes.toString('latin1', start, start + 64), entry);
      }
    } else if (state === 'ended' && startsWith(bytes, start, end, STAMPS)) {
      // Like the index: a damaged or cut-short stamps line costs only the stamps, the entries stand.
      stamps = complete ? (readStampsLine(bytes.toString('utf8', start, end)) ?? undefined) : undefined;
      state = 'stamps';
    } else if ((state === 'ended' || state === 'stamps') && startsWith(bytes, start, end, 'index\t')) {
      // A damaged or cut-short index line costs only the index: its own sum fails, the entries stand.
      const [, of = '', sumOf = '', json = ''] = bytes.toString('utf8', start, end).split('\t');
      index = { of, sum: complete ? sumOf : '', json };
      state = 'index';
    } else problem = 'lines after its end';
    return problem === null;
  };
  if (!(await startsWithVersion(path, version))) throw new UnusableCache(VERSION_PROBLEM);
  await readCacheLines(path, visit, block);
  if (problem === VERSION_PROBLEM) throw new UnusableCache(problem);
  if (problem === null && state === 'entries') problem = 'cut short: it has no end line';
  if (problem !== null) throw new UnusableCache(`could not be read (${problem}); starting afresh`);
  return { stamps, index };
}
